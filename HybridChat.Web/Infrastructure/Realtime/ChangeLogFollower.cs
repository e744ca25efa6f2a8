using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// The node's one reader of the change log. It follows the log in id order, renders each change
// once and hands it to the open streams of the conversation's members, so a message to a room of
// N costs one read, not N. Writers nudge it after they commit (through the bus, on every node); it
// also polls, every second while no bus brings other nodes' nudges, rarely while one does. Streams replay from the database only on reconnect, and
// drop what they already sent by id, so the hand-over from replay to this feed has no gap.
public sealed class ChangeLogFollower(
    IServiceScopeFactory scopes, ConnectionRegistry registry, IOptions<RealtimeOptions> options, ILogger<ChangeLogFollower> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim nudged = new(0, 1);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long? position;
    private volatile bool nudgedByOtherNodes;

    // Set while a bus carries the nudges of other nodes' writes; unset, the follower polls often.
    public bool NudgedByOtherNodes
    {
        get => nudgedByOtherNodes;
        set
        {
            nudgedByOtherNodes = value;
            // Whatever happened in the meantime, read now and wait the new interval from then on.
            Nudge();
        }
    }

    // Once it is, every change committed from then on reaches the streams registered at the time.
    public Task Ready => ready.Task;

    // "The log moved": wake up and read. Cheap and safe to call from anywhere, any number of times.
    public void Nudge()
    {
        try
        {
            nudged.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged: the next read will see this change too.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.ChangeLogPollMilliseconds);
        var pollWithBus = TimeSpan.FromMilliseconds(options.Value.ChangeLogPollWithBusMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (position is null)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    position = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().LatestChangeIdAsync(stoppingToken);
                    ready.TrySetResult();
                }

                await nudged.WaitAsync(NudgedByOtherNodes ? pollWithBus : poll, stoppingToken);
                await ReadToEndAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; streams wait, nothing is skipped.
                logger.LogError(e, "Reading the change log after {Position} failed; retrying.", position);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ReadToEndAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.CatchUpBatchSize;
        int read;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ChangeFeed>();
            var changes = await feed.ReadAllAsync(position ?? 0, batchSize, cancellationToken);
            read = changes.Count;
            if (read == 0)
            {
                return;
            }

            var members = await feed.MembersOfAsync([.. changes.Select(c => c.ConversationId).Distinct()], cancellationToken);
            var messageEvents = scope.ServiceProvider.GetRequiredService<MessageEvents>();
            foreach (var change in changes)
            {
                var liveEvent = await messageEvents.ForAsync(change);
                foreach (var userId in members[change.ConversationId])
                {
                    registry.Deliver(userId, liveEvent);
                }

                position = change.Id;
            }
        }
        while (read == batchSize);
    }

    public override void Dispose()
    {
        nudged.Dispose();
        base.Dispose();
    }
}
