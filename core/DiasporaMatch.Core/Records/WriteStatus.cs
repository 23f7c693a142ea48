namespace DiasporaMatch.Records;

public enum WriteStatus
{
    Created,
    Updated,
    Invalid,
    NotFound,
    AlreadyExists,
    VersionMismatch,
}
