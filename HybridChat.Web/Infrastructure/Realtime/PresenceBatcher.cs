using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

public sealed record PresenceUpdate(int UserId, bool IsOnline, DateTime? LastSeenAt);

// Presence changes reach each recipient as one "presence.changed" with every person whose state
// changed since the last one, at most once per PresenceBatchMilliseconds, latest state per person.
// When a room of N comes online at once, that is a few events per member instead of N each.
public sealed class PresenceBatcher(IEventBus bus, IOptions<RealtimeOptions> options, ILogger<PresenceBatcher> logger) : BackgroundService
{
    private readonly Lock gate = new();
    private Dictionary<int, Dictionary<int, PresenceUpdate>> pending = [];

    public void Add(IEnumerable<int> recipients, PresenceUpdate update)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            foreach (var recipient in recipients)
            {
                if (!pending.TryGetValue(recipient, out var updates))
                {
                    pending[recipient] = updates = [];
                }

                updates[update.UserId] = update;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PresenceBatchMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: presence is not replayed, and every client re-fetches it after reconnecting.
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        Dictionary<int, Dictionary<int, PresenceUpdate>> due;
        lock (gate)
        {
            if (pending.Count == 0)
            {
                return;
            }

            (due, pending) = (pending, []);
        }

        foreach (var (recipient, updates) in due)
        {
            try
            {
                var users = updates.Values.OrderBy(u => u.UserId).ToArray();
                await bus.PublishToUsersAsync([recipient], new LiveEvent(LiveEventTypes.PresenceChanged, new { users }), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Presence for user {UserId} could not be published.", recipient);
            }
        }
    }
}
