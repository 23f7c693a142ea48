namespace DiasporaMatch.Cli;

/// <summary>What `dmatch serve` was started with beyond its address.</summary>
public sealed record LocalHostOptions
{
    /// <summary>Which roles the web UI's development sign-in (<c>POST /dev/token</c>) may mint; none: the route is not mapped.</summary>
    public DevTokenRoles DevTokens { get; init; } = DevTokenRoles.None;

    /// <summary>Configuration entries over the defaults (e.g. <c>Notifications:Host</c>), for hosts started in-process.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
