using System.Text;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Cv;

public sealed class CvReaderTests
{
    [Fact]
    public void Read_Pdf_ReturnsItsTextLineByLine()
    {
        var text = CvReader.Read(CvFiles.Pdf("Nadia El Amrani", "Skills: neonatal care, train staff"), CvFormat.Pdf);

        Assert.Equal((CvFormat.Pdf, 1, false), (text.Format, text.Pages, text.Truncated));
        Assert.Contains("Nadia El Amrani", text.Text, StringComparison.Ordinal);
        Assert.Contains("neonatal care, train staff", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Docx_ReturnsOneLinePerParagraph()
    {
        var text = CvReader.Read(CvFiles.Docx("Compétences", "soins néonatals", "former du personnel"), CvFormat.Docx);

        Assert.Equal(new[] { "Compétences", "soins néonatals", "former du personnel" }, text.Text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("application/pdf", CvFormat.Pdf)]
    [InlineData("Application/PDF; charset=binary", CvFormat.Pdf)]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", CvFormat.Docx)]
    [InlineData("application/msword", null)]
    [InlineData("text/plain", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FormatOf_ContentType_NamesOnlyPdfAndDocx(string? contentType, CvFormat? expected) =>
        Assert.Equal(expected, CvReader.FormatOf(contentType));

    [Fact]
    public void Read_DocxSentAsPdf_IsRefusedAsMismatch()
    {
        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read(CvFiles.Docx("x"), CvFormat.Pdf));
        Assert.Equal(CvRejection.ContentMismatch, ex.Rejection);
        Assert.Contains("not a PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExecutableSentAsDocx_IsRefusedAsMismatch()
    {
        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read("MZ\x90\0 this program cannot be run"u8.ToArray(), CvFormat.Docx));
        Assert.Equal(CvRejection.ContentMismatch, ex.Rejection);
        Assert.Contains("0x4D5A", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OleCompoundFileAsDocx_IsRefusedAsProtectedOrLegacy()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal(CvRejection.Encrypted, Assert.Throws<CvRejectedException>(() => CvReader.Read(ole, CvFormat.Docx)).Rejection);
    }

    [Fact]
    public void Read_TruncatedPdf_IsRefusedAsCorrupt()
    {
        var pdf = CvFiles.Pdf("Neonatal care");
        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read(pdf.AsSpan(0, pdf.Length / 3).ToArray(), CvFormat.Pdf));
        Assert.Contains(ex.Rejection, new[] { CvRejection.Corrupt, CvRejection.NoText });
    }

    [Fact]
    public void Read_GarbageAfterPdfHeader_IsRefusedAsCorrupt()
    {
        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000)), CvFormat.Pdf));
        Assert.Equal(CvRejection.Corrupt, ex.Rejection);
    }

    [Fact]
    public void Read_EncryptedPdf_IsRefusedAsPasswordProtected()
    {
        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read(CvFiles.EncryptedPdf(), CvFormat.Pdf));
        Assert.Equal(CvRejection.Encrypted, ex.Rejection);
        Assert.Contains("password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptZipAsDocx_IsRefusedAsCorrupt()
    {
        var docx = CvFiles.Docx("Neonatal care");
        var broken = docx.AsSpan(0, 200).ToArray();
        Assert.Equal(CvRejection.Corrupt, Assert.Throws<CvRejectedException>(() => CvReader.Read(broken, CvFormat.Docx)).Rejection);
    }

    [Fact]
    public void Read_ZipWithoutWordParts_IsRefusedAsCorrupt()
    {
        Assert.Equal(CvRejection.Corrupt, Assert.Throws<CvRejectedException>(() => CvReader.Read(CvFiles.ZipBomb(1), CvFormat.Docx)).Rejection);
    }

    [Fact]
    public void Read_ZipBomb_IsStoppedAtTheUnpackedLimit()
    {
        var bomb = CvFiles.ZipBomb(64);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes on the wire");

        var ex = Assert.Throws<CvRejectedException>(() => CvReader.Read(bomb, CvFormat.Docx));

        Assert.Equal(CvRejection.TooLargeUnpacked, ex.Rejection);
    }

    [Fact]
    public void Read_OverSizeLimit_IsRefusedBeforeParsing()
    {
        var big = new byte[CvLimits.MaxFileBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Equal(CvRejection.TooLarge, Assert.Throws<CvRejectedException>(() => CvReader.Read(big, CvFormat.Pdf)).Rejection);
    }

    [Fact]
    public void Read_PdfWithoutText_IsRefusedAsNoText()
    {
        Assert.Equal(CvRejection.NoText, Assert.Throws<CvRejectedException>(() => CvReader.Read(CvFiles.Pdf(), CvFormat.Pdf)).Rejection);
    }
}
