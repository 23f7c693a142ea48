using ScottPlot;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// The eval report's chart (ScottPlot): NDCG@1/3/10 as groups of bars, one bar per ranker in a legend, with a
/// title, labelled axes and the value on each bar, as a PNG.
/// </summary>
public static class EvalChart
{
    public const int Width = 720;
    public const int Height = 400;

    public static byte[] Render(IReadOnlyList<(string Ranker, NdcgScores Scores)> rows)
    {
        var plot = new Plot();
        var cutoffs = NdcgEvaluator.Cutoffs;
        var palette = new ScottPlot.Palettes.Category10();
        var groupWidth = rows.Count + 1; // one bar per ranker and a gap
        for (var r = 0; r < rows.Count; r++)
        {
            var bars = cutoffs.Select((k, c) => new Bar
            {
                Position = (c * groupWidth) + r,
                Value = Math.Round(Math.Clamp(rows[r].Scores[k], 0, 1), 3),
                FillColor = palette.GetColor(r),
                Label = rows[r].Scores[k].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            var series = plot.Add.Bars(bars);
            series.LegendText = rows[r].Ranker;
            series.ValueLabelStyle.FontSize = 11;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. cutoffs.Select((k, c) => new Tick((c * groupWidth) + ((rows.Count - 1) / 2.0), $"NDCG@{k}"))]);
        plot.Axes.SetLimitsY(0, 1.1);
        plot.Title("Ranking quality on the holdout");
        plot.XLabel("cutoff");
        plot.YLabel("NDCG (higher is better)");
        plot.Legend.IsVisible = rows.Count > 0;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
