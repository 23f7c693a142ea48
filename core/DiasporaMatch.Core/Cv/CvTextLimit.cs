using System.Text;

namespace DiasporaMatch.Cv;

/// <summary>Keeps at most <see cref="CvLimits.MaxTextChars"/> characters of extracted text.</summary>
internal static class CvTextLimit
{
    public static string Cut(StringBuilder text) =>
        text.Length <= CvLimits.MaxTextChars ? text.ToString() : text.ToString(0, CvLimits.MaxTextChars);
}
