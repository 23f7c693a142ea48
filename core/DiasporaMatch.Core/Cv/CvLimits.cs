namespace DiasporaMatch.Cv;

/// <summary>Bounds on what one CV may cost the service; a CV is a few pages of text, so these are generous.</summary>
public static class CvLimits
{
    /// <summary>Largest uploaded file.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Largest total a DOCX may unpack to, counted while inflating (never trusting the zip's own sizes).</summary>
    public const long MaxUnpackedBytes = 32L * 1024 * 1024;

    /// <summary>Most parts a DOCX may hold; real ones have a few dozen.</summary>
    public const int MaxZipEntries = 1_000;

    /// <summary>Most pages read from a PDF; later pages are ignored.</summary>
    public const int MaxPdfPages = 40;

    /// <summary>Most characters of text kept; the rest of a very long CV adds no skills worth the cost.</summary>
    public const int MaxTextChars = 200_000;
}
