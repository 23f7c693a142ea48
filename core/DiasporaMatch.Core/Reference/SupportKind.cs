namespace DiasporaMatch.Reference;

/// <summary>A kind of support (land, financing, mentoring…) with its labels per language, first label shown.</summary>
public sealed record SupportKind(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Labels)
{
    /// <summary>The label shown in reasons: the first English one, else the id.</summary>
    public string Name => Labels.TryGetValue("en", out var en) && en.Count > 0 ? en[0] : Id;
}
