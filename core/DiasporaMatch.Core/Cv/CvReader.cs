using System.Text;

namespace DiasporaMatch.Cv;

/// <summary>
/// Reads the text of an uploaded CV in memory. The declared content type picks the format and the file's first
/// bytes must agree with it, so a renamed file is refused before any parser runs. Nothing is written anywhere:
/// the caller drops the bytes and the text when its request ends (data minimisation).
/// </summary>
public static class CvReader
{
    public const string PdfContentType = "application/pdf";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The format a Content-Type names (parameters ignored), or null for anything else.</summary>
    public static CvFormat? FormatOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim();
        return media.Equals(PdfContentType, StringComparison.OrdinalIgnoreCase) ? CvFormat.Pdf
            : media.Equals(DocxContentType, StringComparison.OrdinalIgnoreCase) ? CvFormat.Docx
            : null;
    }

    /// <summary>The CV's text; throws <see cref="CvRejectedException"/> with the precise reason otherwise.</summary>
    public static CvText Read(byte[] bytes, CvFormat format)
    {
        if (bytes.Length > CvLimits.MaxFileBytes)
        {
            throw new CvRejectedException(CvRejection.TooLarge, $"a CV may be at most {CvLimits.MaxFileBytes / (1024 * 1024)} MB");
        }

        var text = format switch
        {
            CvFormat.Pdf => ReadPdf(bytes),
            _ => ReadDocx(bytes),
        };
        return string.IsNullOrWhiteSpace(text.Text)
            ? throw new CvRejectedException(CvRejection.NoText, "no text found in the file (a scanned image?); type your skills instead")
            : text;
    }

    private static CvText ReadPdf(byte[] bytes)
    {
        // A PDF may carry a few bytes of junk before its header; readers accept up to 1 KB of it.
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return head.IndexOf(PdfMagic) < 0
            ? throw new CvRejectedException(CvRejection.ContentMismatch, $"the file is not a PDF ({Describe(bytes)})")
            : PdfCvReader.Read(bytes);
    }

    private static CvText ReadDocx(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(OleMagic))
        {
            // Word keeps password-protected .docx (and legacy .doc) in an OLE compound file, not a zip.
            throw new CvRejectedException(CvRejection.Encrypted, "the file is a password-protected or legacy Word file; save it as an unprotected .docx");
        }

        return bytes.AsSpan().StartsWith(ZipMagic)
            ? DocxCvReader.Read(bytes)
            : throw new CvRejectedException(CvRejection.ContentMismatch, $"the file is not a DOCX ({Describe(bytes)})");
    }

    private static string Describe(byte[] bytes) =>
        bytes.Length == 0 ? "it is empty" : $"it starts with 0x{Convert.ToHexString(bytes.AsSpan(0, Math.Min(4, bytes.Length)))}";
}
