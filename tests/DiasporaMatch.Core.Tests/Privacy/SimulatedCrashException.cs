namespace DiasporaMatch.Privacy;

/// <summary>Thrown by the test seam between two erasure steps: the process "dies" there.</summary>
public sealed class SimulatedCrashException(ErasureStep step) : Exception($"simulated crash after {step}");
