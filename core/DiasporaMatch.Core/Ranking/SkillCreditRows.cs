namespace DiasporaMatch.Ranking;

/// <summary>
/// The credit a held concept gives each wanted skill of a need (required, then optional): 1 for the same
/// concept, less through the hierarchy, 0 when unrelated. Computed once per query and held concept, since a
/// thousand candidates share most of their skills; concepts that can relate to no wanted one (neither a wanted
/// concept, nor above one, nor below one) share a row of zeros without asking the hierarchy pair by pair.
/// Not thread-safe: one per prepared need.
/// </summary>
internal sealed class SkillCreditRows
{
    private const int NoCreditRow = -1;

    private readonly int[] _wanted;
    private readonly HierarchyMemo _hierarchy;

    /// <summary>Row number + 1 of a held concept's credits in <see cref="_rows"/>, by concept id; 0 until asked.</summary>
    private readonly int[] _rowOf;

    /// <summary>Wanted concepts and their ancestors: only these, or concepts below a wanted one, can earn credit.</summary>
    private readonly bool[] _related;

    /// <summary>Some wanted concept's ancestry is not listed: every held concept must be asked.</summary>
    private readonly bool _askEvery;
    private readonly float[] _noCredit;
    private float[] _rows = [];
    private int _rowCount;

    /// <param name="wanted">The wanted skills' concept ids, 0 where unresolved (their column stays 0).</param>
    /// <param name="ids">Concept ids below this are remembered; later ones (registered mid-query) are computed each time.</param>
    public SkillCreditRows(int[] wanted, HierarchyMemo hierarchy, int ids)
    {
        _wanted = wanted;
        _hierarchy = hierarchy;
        _rowOf = new int[ids];
        _related = new bool[ids];
        _noCredit = new float[wanted.Length];
        foreach (var id in wanted.Where(w => w != 0))
        {
            var ancestors = hierarchy.Ancestors(id);
            _askEvery |= ancestors is null;
            foreach (var related in (ancestors ?? []).Append(id).Where(r => r < ids))
            {
                _related[related] = true;
            }
        }
    }

    public int Width => _wanted.Length;

    /// <summary>The held concept's credits; false (and no row) when it earns nothing from any wanted skill, as most do.</summary>
    public bool TryRow(int held, out ReadOnlySpan<float> row)
    {
        row = Of(held);
        if (held < _rowOf.Length && _rowOf[held] == NoCreditRow)
        {
            row = default;
            return false;
        }

        return true;
    }

    public ReadOnlySpan<float> Of(int held)
    {
        var width = _wanted.Length;
        if (held < _rowOf.Length && _rowOf[held] != 0)
        {
            return _rowOf[held] == NoCreditRow ? _noCredit : _rows.AsSpan((_rowOf[held] - 1) * width, width);
        }

        if (held < _rowOf.Length && !_askEvery && !_related[held] && _hierarchy.TryAncestors(held, out var ancestors) && !AnyWanted(ancestors))
        {
            _rowOf[held] = NoCreditRow;
            return _noCredit;
        }

        if ((_rowCount + 1) * width > _rows.Length)
        {
            Array.Resize(ref _rows, Math.Max(_rows.Length * 2, (_rowCount + 1) * width));
        }

        var row = _rows.AsSpan(_rowCount * width, width);
        for (var i = 0; i < width; i++)
        {
            var wanted = _wanted[i];
            row[i] = wanted == 0 ? 0 : wanted == held ? 1 : _hierarchy.Credit(wanted, held, oneStep: 0.5f, twoSteps: 0.25f);
        }

        _rowCount++;
        if (held < _rowOf.Length)
        {
            _rowOf[held] = _rowCount;
        }

        return row;
    }

    private bool AnyWanted(ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            if (_wanted.AsSpan().Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
