namespace DiasporaMatch.Programme;

/// <summary>How a chart is drawn: PNG for files and mail, SVG for pages (the browser shapes Arabic text itself).</summary>
public enum ChartFormat
{
    Png,
    Svg,
}
