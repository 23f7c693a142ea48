using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using Document = DocumentFormat.OpenXml.Wordprocessing.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DiasporaMatch.TestSupport;

/// <summary>Real small CV files made in the test: PDFs with PdfPig's writer, DOCX with OpenXml, and hostile variants of both.</summary>
public static partial class CvFiles
{
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 18;
        }

        return builder.Build();
    }

    public static byte[] Docx(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new WordText(line)))).Cast<OpenXmlElement>()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A PDF whose trailer names a standard security handler with a user password we do not know.</summary>
    public static byte[] EncryptedPdf()
    {
        var text = Encoding.Latin1.GetString(Pdf("Neonatal care"));
        var owner = new string('A', 64);
        var user = new string('B', 64);
        var encrypted = Trailer().Replace(text, $"trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <{owner}> /U <{user}> /P -4 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ", 1);
        return Encoding.Latin1.GetBytes(encrypted);
    }

    /// <summary>A valid zip whose one part inflates to <paramref name="megabytes"/> MB of zeros (a few KB on the wire).</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    [GeneratedRegex(@"trailer\s*<<")]
    private static partial Regex Trailer();
}
