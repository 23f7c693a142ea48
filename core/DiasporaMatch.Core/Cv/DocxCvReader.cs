using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DiasporaMatch.Cv;

/// <summary>
/// Text of a DOCX with DocumentFormat.OpenXml, one line per paragraph. Before OpenXml sees the file, every part is
/// inflated once into a counting sink: a zip bomb is stopped at <see cref="CvLimits.MaxUnpackedBytes"/> of real
/// output, whatever sizes its headers claim.
/// </summary>
internal static class DocxCvReader
{
    public static CvText Read(byte[] bytes)
    {
        CheckUnpackedSize(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = CvLimits.MaxUnpackedBytes });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new CvRejectedException(CvRejection.Corrupt, "the DOCX has no document body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                text.AppendLine(paragraph.InnerText);
                if (text.Length > CvLimits.MaxTextChars)
                {
                    return new CvText(CvFormat.Docx, CvTextLimit.Cut(text), 1, true);
                }
            }

            return new CvText(CvFormat.Docx, text.ToString(), 1, false);
        }
        catch (Exception ex) when (ex is not CvRejectedException and not OutOfMemoryException)
        {
            throw new CvRejectedException(CvRejection.Corrupt, "the DOCX is damaged or not a Word document");
        }
    }

    private static void CheckUnpackedSize(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > CvLimits.MaxZipEntries)
            {
                throw new CvRejectedException(CvRejection.TooLargeUnpacked, $"the DOCX holds more than {CvLimits.MaxZipEntries:N0} parts");
            }

            var total = 0L;
            var buffer = new byte[64 * 1024];
            foreach (var entry in archive.Entries)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > CvLimits.MaxUnpackedBytes)
                    {
                        throw new CvRejectedException(CvRejection.TooLargeUnpacked, $"the DOCX unpacks to more than {CvLimits.MaxUnpackedBytes / (1024 * 1024)} MB");
                    }
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new CvRejectedException(CvRejection.Corrupt, "the DOCX is damaged (its zip container cannot be read)");
        }
    }
}
