using DiasporaMatch.Privacy;

namespace DiasporaMatch.Notifications;

public sealed class NotificationOutboxTests
{
    [Fact]
    public void ErasureJournalNames_AreTheErasureServicesOwn()
    {
        // The outbox reads the erasure journal by name so that Privacy may use Notifications without a cycle.
        Assert.Equal(ErasureService.Kind, NotificationOutbox.ErasureJournalKind);
        Assert.Equal(ErasureEntry.Done, NotificationOutbox.ErasureDoneState);
    }
}
