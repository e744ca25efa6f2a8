using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// The node's one reader of the change log. It follows the log in id order, makes each change's
// event once and hands it to the open streams of the conversation's members, so a message to a
// room of N costs one read, not N; a change nobody on this node listens to costs only its id.
// Writers nudge it after they commit (through the bus, on every node); it also polls, every second
// while no bus brings other nodes' nudges, rarely while one does. Streams replay from the database
// only on reconnect, and drop what they already sent by id, so the hand-over from replay to this
// feed has no gap.
public sealed class ChangeLogFollower(
    IServiceScopeFactory scopes, ConnectionRegistry registry, IOptions<RealtimeOptions> options, ILogger<ChangeLogFollower> logger)
    : BackgroundService
{
    private static readonly ILookup<int, int> EmptyMembers = Array.Empty<int>().ToLookup(_ => 0);

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
            var heads = await feed.ReadAllHeadsAsync(position ?? 0, batchSize, cancellationToken);
            read = heads.Count;
            if (read == 0)
            {
                return;
            }

            // Only changes that someone here listens to are loaded to show, and rendered as HTML
            // only when one of those listeners is a browser. A stream that opens meanwhile misses
            // nothing: it starts after these changes, or replays them from the database.
            var members = registry.IsEmpty ? EmptyMembers
                : await feed.MembersOfAsync([.. heads.Select(c => c.ConversationId).Distinct()], cancellationToken);
            var listened = heads.Select(h => (h.Id, Streams: registry.StreamsOf(members[h.ConversationId]))).Where(h => h.Streams.Any).ToList();
            var changes = listened.Count == 0 ? []
                : await feed.ReadAllOfAsync([.. listened.Select(h => h.Id)], cancellationToken);
            var messageEvents = scope.ServiceProvider.GetRequiredService<MessageEvents>();
            var withHtml = listened.Where(h => h.Streams.Html).Select(h => h.Id).ToHashSet();
            foreach (var change in changes)
            {
                var liveEvent = await messageEvents.ForAsync(change, withHtml.Contains(change.Id));
                foreach (var userId in members[change.ConversationId])
                {
                    registry.Deliver(userId, liveEvent);
                }
            }

            position = heads[^1].Id;
        }
        while (read == batchSize);
    }

    public override void Dispose()
    {
        nudged.Dispose();
        base.Dispose();
    }
}
