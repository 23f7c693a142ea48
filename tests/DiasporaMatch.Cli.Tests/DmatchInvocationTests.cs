namespace DiasporaMatch.Cli;

public sealed class DmatchInvocationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dmatch-invocation", Guid.NewGuid().ToString("N"));

    public DmatchInvocationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Command_DmatchOnPath_IsDmatch()
    {
        File.WriteAllText(Path.Combine(_folder, "dmatch"), "#!/bin/sh\n");

        Assert.Equal("dmatch", DmatchInvocation.Command(string.Join(Path.PathSeparator, "/nowhere", _folder)));
    }

    [Fact]
    public void Command_NotOnPath_IsThisBuildThroughDotnet()
    {
        Assert.Equal("dotnet " + DmatchInvocation.Quote(Path.Combine(AppContext.BaseDirectory, "dmatch.dll")), DmatchInvocation.Command(_folder));
    }

    [Theory]
    [InlineData("/tmp/data/.dmatch", "/tmp/data/.dmatch")]
    [InlineData("/tmp/my data", "'/tmp/my data'")]
    [InlineData("/tmp/it's", "'/tmp/it'\\''s'")]
    public void Quote_Word_IsOneShellWord(string word, string quoted)
    {
        Assert.Equal(quoted, DmatchInvocation.Quote(word));
    }
}
