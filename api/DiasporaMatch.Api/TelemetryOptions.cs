using System.ComponentModel.DataAnnotations;

namespace DiasporaMatch.Api;

/// <summary>
/// Bound from <c>DiasporaMatch:Telemetry</c> and validated at start-up. Traces and metrics are exported through
/// OTLP when an endpoint is configured (here or in <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), to the console only when
/// <see cref="Console"/> is set; otherwise they are recorded nowhere.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = ApiOptions.Section + ":Telemetry";

    /// <summary>The standard OpenTelemetry variable: an OTLP endpoint the exporter reads on its own.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>An OTLP/gRPC collector, e.g. <c>http://127.0.0.1:4317</c>; overrides <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    [Url]
    public string? OtlpEndpoint { get; set; }

    /// <summary>Also writes spans and metrics to the console (noisy: off by default, never on under <c>dmatch serve</c> unless asked).</summary>
    public bool Console { get; set; }

    /// <summary>The service name on every span and metric.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "ServiceName is 1 to 64 letters, digits, '.', '_' or '-'")]
    public string ServiceName { get; set; } = "diasporamatch";
}
