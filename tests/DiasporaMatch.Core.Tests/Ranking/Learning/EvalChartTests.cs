using System.Buffers.Binary;

namespace DiasporaMatch.Ranking.Learning;

public sealed class EvalChartTests
{
    [Fact]
    public void Render_ThreeRankers_IsAPngOfTheChartsSize()
    {
        var png = EvalChart.Render(
        [
            ("bm25", new NdcgScores(0.595, 0.532, 0.545, 40)),
            ("baseline", new NdcgScores(0.705, 0.743, 0.782, 40)),
            ("model", new NdcgScores(0.763, 0.748, 0.809, 40)),
        ]);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(EvalChart.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4))); // IHDR width
        Assert.Equal(EvalChart.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Render_NoRankers_IsStillAnEmptyChart()
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], EvalChart.Render([])[..4]);
    }
}
