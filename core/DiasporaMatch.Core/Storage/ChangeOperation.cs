namespace DiasporaMatch.Storage;

public enum ChangeOperation
{
    Upsert,
    Delete,
}
