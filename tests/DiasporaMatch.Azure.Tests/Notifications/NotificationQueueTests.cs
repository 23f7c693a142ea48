using Azure.Storage.Queues;
using DiasporaMatch.Assignments;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Notifications;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Azure.Notifications;

/// <summary>The queue-triggered delivery path on Azurite's queue service, sending to a real SMTP server on loopback.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NotificationQueueTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();
    private readonly SmtpSink _smtp = new();
    private QueueClient _queue = null!;

    private NotificationMailOptions Options => new()
    {
        Host = "127.0.0.1",
        Port = _smtp.Port,
        StartTls = false,
        Sender = "programme@diasporamatch.example",
        StaffAddress = "staff@example.org",
        RetryDelay = TimeSpan.FromMinutes(1),
        Lease = TimeSpan.FromMinutes(2),
        MaxAttempts = 3,
    };

    public async Task InitializeAsync()
    {
        _queue = await azurite.NewQueueAsync(NotificationQueue.ClientOptions());
        await SeedAsync(_test.Workspace, experts: 1);
    }

    public async Task DisposeAsync()
    {
        await _queue.DeleteIfExistsAsync();
        _smtp.Dispose();
        await _test.DisposeAsync();
    }

    [Fact]
    public async Task DeliverAsync_SameQueueMessageTwice_SendsOneMail()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);

        var queued = await NewQueue().EnqueueDueAsync();
        var message = (await _queue.ReceiveMessageAsync(TimeSpan.FromSeconds(1))).Value;
        var first = await NewQueue().DeliverAsync(message.MessageText);
        // The function died before acknowledging: the queue shows the same message again once its visibility lapses.
        var redelivered = await ReceiveAgainAsync(message.MessageId);
        var second = await NewQueue().DeliverAsync(redelivered.MessageText);

        Assert.Equal(2, queued); // the proposal (expert) and the need's first candidate (staff)
        Assert.Equal(2, redelivered.DequeueCount);
        Assert.Equal((true, false), (first, second));
        var mail = Assert.Single(_smtp.Messages());
        Assert.Equal($"{message.MessageText}@{NotificationRenderer.MessageIdDomain}", mail.MessageId);
        Assert.Equal(NotificationStatus.Sent, (await Outbox().GetAsync(message.MessageText))!.Status);
    }

    [Fact]
    public async Task EnqueueDueAsync_RunTwiceWithinTheLease_QueuesEachNotificationOnce()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Accepted);

        var first = await NewQueue().EnqueueDueAsync();
        var second = await NewQueue().EnqueueDueAsync();

        // Proposed (expert), accepted (institution and staff), the need's first candidate (staff).
        Assert.Equal((4, 0), (first, second));
        var messages = (await _queue.ReceiveMessagesAsync(32)).Value;
        Assert.Equal(4, messages.Select(m => m.MessageText).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EnqueueDueAsync_QueuedButNeverDelivered_QueuesItAgainAfterTheLease()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        await NewQueue().EnqueueDueAsync();

        _test.Clock.Advance(Options.Lease - TimeSpan.FromSeconds(1));
        var duringLease = await NewQueue().EnqueueDueAsync();
        _test.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterLease = await NewQueue().EnqueueDueAsync();

        Assert.Equal((0, 2), (duringLease, afterLease)); // the proposal and the need's first candidate
    }

    [Fact]
    public async Task DeliverAsync_ServerRefuses_RecordsTheFailureAndRequeuesAfterTheBackoff()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        await NewQueue().EnqueueDueAsync();
        var id = (await _queue.ReceiveMessageAsync()).Value.MessageText;
        _smtp.Refusing = true;

        var refused = await NewQueue().DeliverAsync(id);
        var early = await NewQueue().DeliverAsync(id); // a stale duplicate during the backoff
        _smtp.Refusing = false;
        _test.Clock.Advance(Options.RetryDelay);
        var requeued = await NewQueue().EnqueueDueAsync();
        var delivered = await NewQueue().DeliverAsync(id);

        Assert.Equal((false, false, 1, true), (refused, early, requeued, delivered));
        Assert.Single(_smtp.Messages());
        var notification = (await Outbox().GetAsync(id))!;
        Assert.Equal((NotificationStatus.Sent, 2), (notification.Status, notification.Attempts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NT-0")]
    [InlineData("../notifications/NT-00000000000000000000000000000000")]
    [InlineData("NT-00000000000000000000000000000000")]
    public async Task DeliverAsync_NotAKnownNotificationId_SendsNothing(string body)
    {
        Assert.False(await NewQueue().DeliverAsync(body));
        Assert.Empty(_smtp.Messages());
    }

    /// <summary>Waits (bounded) for the queue to hand out the message again after its visibility timeout.</summary>
    private async Task<global::Azure.Storage.Queues.Models.QueueMessage> ReceiveAgainAsync(string messageId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if ((await _queue.ReceiveMessageAsync(TimeSpan.FromSeconds(1))).Value is { } message && message.MessageId == messageId)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the queue did not hand out the message again within 20 s");
    }

    private NotificationOutbox Outbox() => new(_test.Workspace.Store, _test.Clock);

    private NotificationQueue NewQueue()
    {
        var options = Options;
        return new NotificationQueue(_queue, new NotificationSender(Outbox(), new NotificationRenderer(_test.Workspace.Store, options), options, _test.Clock));
    }
}
