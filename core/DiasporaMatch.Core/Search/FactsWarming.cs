namespace DiasporaMatch.Search;

/// <summary>When an index decodes its documents' facts (<see cref="FactsCache{TFacts}"/>) for a newly opened searcher.</summary>
public enum FactsWarming
{
    /// <summary>On first use by a query: nothing up front, the first queries over a segment pay for it.</summary>
    Lazy,

    /// <summary>Before the searcher is used: steady queries from the start, refreshes wait (benchmarks).</summary>
    OnRefresh,

    /// <summary>On a background thread after the refresh: refreshes and writes do not wait, queries get faster as it goes (a server).</summary>
    InBackground,
}
