using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace DiasporaMatch.Cv;

/// <summary>Text of a PDF with PdfPig, page by page in reading order, keeping line breaks (they separate skills).</summary>
internal static class PdfCvReader
{
    public static CvText Read(byte[] bytes)
    {
        try
        {
            // Lenient parsing (the default): CVs come from every word processor ever made. A PDF encrypted with an
            // empty user password (only printing or copying restricted) opens; one that needs a password throws below.
            using var document = PdfDocument.Open(bytes, new ParsingOptions { SkipMissingFonts = true });
            var text = new StringBuilder();
            var pages = Math.Min(document.NumberOfPages, CvLimits.MaxPdfPages);
            var truncated = document.NumberOfPages > pages;
            for (var number = 1; number <= pages && !truncated; number++)
            {
                var page = document.GetPage(number);
                text.AppendLine(ContentOrderTextExtractor.GetText(page, true));
                truncated = text.Length > CvLimits.MaxTextChars;
            }

            return new CvText(CvFormat.Pdf, CvTextLimit.Cut(text), pages, truncated);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new CvRejectedException(CvRejection.Encrypted, "the PDF is password-protected; upload an unprotected copy");
        }
        catch (Exception ex) when (ex is not CvRejectedException and not OutOfMemoryException)
        {
            // PdfPig signals damage with many exception types (format, argument, index, invalid operation...).
            throw new CvRejectedException(CvRejection.Corrupt, "the PDF is damaged or not a readable PDF document");
        }
    }
}
