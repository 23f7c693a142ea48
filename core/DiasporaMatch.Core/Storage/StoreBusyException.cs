namespace DiasporaMatch.Storage;

/// <summary>Another process writes this data folder; two writers would race on the change log.</summary>
public sealed class StoreBusyException(string root, Exception inner)
    : IOException($"the data folder {root} is being written by another process (is `dmatch serve` running? send the file to POST /api/imports or drop it into imports/)", inner);
