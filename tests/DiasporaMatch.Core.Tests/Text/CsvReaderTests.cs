namespace DiasporaMatch.Text;

public sealed class CsvReaderTests
{
    private static List<CsvRecord> Read(string text, int maxRecordLength = 1 << 20) =>
        [.. new CsvReader(new StringReader(text), maxRecordLength: maxRecordLength).ReadAll()];

    [Fact]
    public void ReadAll_QuotedCommasQuotesAndLineBreaks_AreOneField()
    {
        var records = Read("id,text\r\nE-1,\"a, \"\"b\"\"\nc\"\nE-2,plain\n");

        Assert.Equal([["id", "text"], ["E-1", "a, \"b\"\nc"], ["E-2", "plain"]], records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void ReadAll_ArabicAndEmptyFields_ArePreserved()
    {
        var records = Read("a,b,c\nمهندس,,\"\"\n");

        Assert.Equal(["مهندس", "", ""], records[1].Fields);
    }

    [Fact]
    public void ReadAll_QuoteNotClosed_IsAFormatErrorWithItsLine()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\nx,\"never closed\ny,z\n"));

        Assert.Equal(2, error.Line);
        Assert.Equal("line 2: a quoted field that is never closed", error.Message);
    }

    [Fact]
    public void ReadAll_RecordLongerThanTheLimit_IsAFormatError()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a\n" + new string('x', 50) + "\n", maxRecordLength: 20));

        Assert.Contains("longer than 20", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_BlankLines_AreSkippedAndLinesStillCounted()
    {
        var records = Read("a\n\nb,c\n");

        Assert.Equal([1L, 3L], records.Select(r => r.Line));
    }

    [Fact]
    public void ReadAll_OtherSeparator_SplitsOnIt()
    {
        Assert.Equal(["a,b", "c"], new CsvReader(new StringReader("a,b;c"), ';').ReadAll().Single().Fields);
    }
}
