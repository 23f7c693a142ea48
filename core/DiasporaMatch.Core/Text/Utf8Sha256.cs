using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Text;

/// <summary>
/// SHA-256 over many short strings as UTF-8, gathered in a buffer: a hash call per string cost a fifth of loading an
/// ESCO taxonomy (400k values). Appending pieces gives the hash of their concatenation.
/// </summary>
internal sealed class Utf8Sha256 : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[64 * 1024];
    private int _used;

    public Utf8Sha256 Append(string value)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        _used += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
        return this;
    }

    public Utf8Sha256 Append(byte value)
    {
        Reserve(1);
        _buffer[_used++] = value;
        return this;
    }

    /// <summary>The first <paramref name="characters"/> hex digits (lower case) of the hash of everything appended.</summary>
    public string Hex(int characters)
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
        return Convert.ToHexStringLower(_hash.GetHashAndReset())[..characters];
    }

    public void Dispose() => _hash.Dispose();

    private void Reserve(int bytes)
    {
        if (_used + bytes <= _buffer.Length)
        {
            return;
        }

        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[bytes];
        }
    }
}
