using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Text;

public sealed class Utf8Sha256Tests
{
    [Fact]
    public void Hex_PiecesLongerThanTheBuffer_IsTheHashOfTheirConcatenation()
    {
        // Long enough to flush the buffer several times, with one piece larger than the buffer itself.
        string[] pieces = ["infirmière", new string('é', 40_000), "ñ", new string('x', 100_000), "مهندس"];
        using var hash = new Utf8Sha256();
        foreach (var piece in pieces)
        {
            hash.Append(piece).Append(0);
        }

        var expected = SHA256.HashData([.. pieces.SelectMany(p => Encoding.UTF8.GetBytes(p).Append((byte)0))]);

        Assert.Equal(Convert.ToHexStringLower(expected)[..32], hash.Hex(32));
    }

    [Fact]
    public void Hex_NothingAppended_IsTheHashOfNothing()
    {
        using var hash = new Utf8Sha256();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([])), hash.Hex(64));
    }
}
