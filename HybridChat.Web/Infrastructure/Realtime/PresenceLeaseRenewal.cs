using HybridChat.Data.Presence;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// Keeps the database's online lease of every user with a stream open on this node from running out,
// and (with several nodes) the leases of this node's streams in the cluster's count.
public sealed class PresenceLeaseRenewal(ConnectionRegistry registry, IStreamCount streams, IServiceScopeFactory scopes, IOptions<RealtimeOptions> options,
    TimeProvider clock, ILogger<PresenceLeaseRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lease = options.Value.PresenceLease;
        using var timer = new PeriodicTimer(lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RenewAsync(lease, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the streams end, and their users go offline.
        }
    }

    private async Task RenewAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var online = registry.OnlineUserIds();
        if (online.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PresenceLeases>().RenewAsync(online, lease, cancellationToken);
            await streams.RenewAsync(registry.Connections(), lease, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Online leases could not be renewed.");
        }
    }
}
