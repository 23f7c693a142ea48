namespace DiasporaMatch.Privacy;

public enum ErasureOutcome
{
    /// <summary>This call erased the expert (or finished an erasure a crash had interrupted).</summary>
    Erased,

    /// <summary>An earlier erasure of the same id had finished: nothing left to do.</summary>
    AlreadyErased,

    /// <summary>No profile and no erasure of this id.</summary>
    NotFound,

    /// <summary>The expert holds booked assignments that erasure would cancel; asked again with confirmation, it proceeds.</summary>
    NeedsConfirmation,
}
