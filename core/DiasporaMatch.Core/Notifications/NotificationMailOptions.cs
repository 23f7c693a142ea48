using DiasporaMatch.Validation;

namespace DiasporaMatch.Notifications;

/// <summary>How notifications leave (configuration section <c>Notifications</c>). Without a host, nothing is sent.</summary>
public sealed class NotificationMailOptions
{
    public const string Section = "Notifications";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (required when the server offers it only that way).</summary>
    public bool StartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address, and the organiser of calendar invitations.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The programme team's address, for the notifications addressed to staff.</summary>
    public string? StaffAddress { get; set; }

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each later one doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a sender holds a notification it is sending before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many messages one sender has in flight (one SMTP connection each).</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>The application's public address (https://…/), for the unsubscribe links; without it messages carry none.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>The key that signs unsubscribe links; the API's bearer-token signing key when not set.</summary>
    public string? UnsubscribeKey { get; set; }

    /// <summary>The hour (UTC, 0-23) at which the daily digests go out.</summary>
    public int DigestHour { get; set; } = 7;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The unsubscribe link signer, or null when no key is configured.</summary>
    public UnsubscribeTokens? UnsubscribeTokens(TimeProvider time) =>
        string.IsNullOrEmpty(UnsubscribeKey) ? null : new UnsubscribeTokens(System.Text.Encoding.UTF8.GetBytes(UnsubscribeKey), time);

    /// <summary>The first problem with these options, or null; checked when the host starts.</summary>
    public string? Problem()
    {
        if (!Enabled)
        {
            return null;
        }

        if (Port is < 1 or > 65535)
        {
            return "Notifications:Port must be 1 to 65535";
        }

        if (TextChecks.CheckEmail(Sender) is not null)
        {
            return "Notifications:Sender must be an email address";
        }

        if (StaffAddress is not null && TextChecks.CheckEmail(StaffAddress) is not null)
        {
            return "Notifications:StaffAddress must be an email address";
        }

        if (!string.IsNullOrEmpty(PublicUrl) && (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
        {
            return "Notifications:PublicUrl must be an absolute http(s) URL";
        }

        if (DigestHour is < 0 or > 23)
        {
            return "Notifications:DigestHour must be 0 to 23";
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            return "Notifications:UserName and Password go together";
        }

        return MaxAttempts < 1 || Concurrency is < 1 or > 64 || RetryDelay <= TimeSpan.Zero || Lease <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero
            ? "Notifications:MaxAttempts, Concurrency (at most 64), RetryDelay, Lease and PollInterval must be positive"
            : null;
    }
}
