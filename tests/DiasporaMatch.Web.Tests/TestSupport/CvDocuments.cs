using DocumentFormat.OpenXml.Packaging;
using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using Document = DocumentFormat.OpenXml.Wordprocessing.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>A small real DOCX CV written with OpenXml, as an expert's word processor would.</summary>
public static class CvDocuments
{
    public static byte[] Docx(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new WordText(line))))));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
