using System.Buffers.Binary;
using System.IO.Compression;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// The eval report's chart: grouped bars of NDCG@1/3/10 per ranker, drawn into an RGB buffer and written as a
/// PNG with nothing but ZLibStream and CRC-32 (no native imaging library). Groups are the cutoffs (left to
/// right @1, @3, @10), bars within a group the rankers in <see cref="Colours"/> order; gridlines every 0.1.
/// </summary>
public static class EvalChart
{
    public const int Width = 720;
    public const int Height = 400;

    /// <summary>Bar colours in ranker order: bm25 grey, baseline blue, current/model orange, candidate green.</summary>
    public static IReadOnlyList<(byte R, byte G, byte B)> Colours { get; } =
        [(150, 150, 150), (66, 133, 244), (244, 160, 0), (52, 168, 83), (171, 71, 188)];

    public static byte[] Render(IReadOnlyList<(string Ranker, NdcgScores Scores)> rows)
    {
        var pixels = new byte[Width * Height * 3];
        Array.Fill(pixels, (byte)255);
        const int left = 40, right = 20, top = 20, bottom = 30;
        var plotHeight = Height - top - bottom;
        for (var tenth = 0; tenth <= 10; tenth++)
        {
            var y = top + plotHeight - (plotHeight * tenth / 10);
            Fill(pixels, left, y, Width - right, y + 1, tenth == 0 ? ((byte)0, (byte)0, (byte)0) : ((byte)225, (byte)225, (byte)225));
        }

        Fill(pixels, left, top, left + 1, top + plotHeight, (0, 0, 0));
        var cutoffs = NdcgEvaluator.Cutoffs;
        var groupWidth = (Width - left - right) / cutoffs.Count;
        var barWidth = Math.Max(4, (groupWidth - 40) / Math.Max(1, rows.Count));
        for (var c = 0; c < cutoffs.Count; c++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var value = Math.Clamp(rows[r].Scores[cutoffs[c]], 0, 1);
                var x0 = left + (c * groupWidth) + 20 + (r * barWidth);
                var y0 = top + plotHeight - (int)Math.Round(value * plotHeight);
                Fill(pixels, x0 + 2, y0, x0 + barWidth - 2, top + plotHeight, Colours[r % Colours.Count]);
            }
        }

        return Encode(pixels, Width, Height);
    }

    private static void Fill(byte[] pixels, int x0, int y0, int x1, int y1, (byte R, byte G, byte B) colour)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                var i = ((y * Width) + x) * 3;
                pixels[i] = colour.R;
                pixels[i + 1] = colour.G;
                pixels[i + 2] = colour.B;
            }
        }
    }

    /// <summary>A minimal PNG: signature, IHDR (8-bit RGB), one zlib IDAT with filter 0 per row, IEND.</summary>
    public static byte[] Encode(byte[] rgb, int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0);
                    zlib.Write(rgb, y * width * 3, width * 3);
                }
            }

            Chunk(output, "IDAT", raw.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, ~Crc(Crc(0xFFFFFFFFu, typeBytes), data));
        output.Write(sum);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    private static uint Crc(uint crc, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }
}
