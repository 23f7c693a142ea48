using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiasporaMatch.Api;

public sealed class StartupHealthCheckTests
{
    [Fact]
    public void Of_OpenAndFactsDecoded_Healthy() =>
        Assert.Equal(HealthStatus.Healthy, StartupHealthCheck.Of(open: true, warm: true, failure: null).Status);

    [Fact]
    public void Of_OpenWhileFactsDecode_DegradedSayingRequestsAreServed()
    {
        var result = StartupHealthCheck.Of(open: true, warm: false, failure: null);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("decoding their facts", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_StartupRunning_Degraded()
    {
        var result = StartupHealthCheck.Of(open: false, warm: false, failure: null);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("catch-up", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_StartupFailed_UnhealthyWithTheFailure()
    {
        var failure = new IOException("disk gone");

        var result = StartupHealthCheck.Of(open: false, warm: false, failure);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Same(failure, result.Exception);
    }
}
