namespace DiasporaMatch.Taxonomy;

/// <summary>The imported taxonomy and the report of how it was built.</summary>
public sealed record EscoImportResult(Taxonomy Taxonomy, ImportReport Report);
