namespace DiasporaMatch.Taxonomy;

/// <summary>Counts skipped rows per file and reason, so 67 dangling relations are one readable warning, not 67.</summary>
internal sealed class ImportWarnings
{
    private readonly Dictionary<(string File, string Reason), (int Count, long FirstLine, string Example)> _entries = [];
    private readonly List<(string File, string Reason)> _order = [];

    public void Add(string file, long line, string reason, string example)
    {
        var key = (file, reason);
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry with { Count = entry.Count + 1 };
            return;
        }

        _entries[key] = (1, line, example);
        _order.Add(key);
    }

    public IReadOnlyList<string> ToList() => _order
        .Select(k =>
        {
            var (count, line, example) = _entries[k];
            return $"{k.File}: {count} row(s) {k.Reason} (first at line {line}: {example})";
        })
        .ToArray();
}
