using DiasporaMatch.Storage;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// A file on a disk that fails on demand: with <see cref="FailWrites"/>, a write reaches the file and then reports an
/// error (as a failed flush does); with <see cref="FailCuts"/>, the file cannot be cut back.
/// </summary>
internal sealed class FailingFileStream(string path) : FileStream(path, PrivateFiles.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read))
{
    public bool FailWrites { get; set; }

    public bool FailCuts { get; set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        base.Write(buffer, offset, count);
        base.Flush();
        if (FailWrites)
        {
            throw new IOException("Input/output error");
        }
    }

    public override void SetLength(long value)
    {
        if (FailCuts)
        {
            throw new IOException("Input/output error");
        }

        base.SetLength(value);
    }
}
