using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// One timer for every open stream on the node (not one per stream): each tick asks the streams to
// send a comment line, which keeps proxies from closing idle connections.
public sealed class StreamHeartbeat(ConnectionRegistry registry, IOptions<RealtimeOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                registry.PingAll();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
