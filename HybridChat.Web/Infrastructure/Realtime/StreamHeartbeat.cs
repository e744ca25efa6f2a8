using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// One timer for every open stream on the node (not one per stream): each tick asks the streams to
// send a comment line, which keeps proxies from closing idle connections, and ends the streams
// whose access token would expire before the next tick.
public sealed class StreamHeartbeat(ConnectionRegistry registry, IOptions<RealtimeOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                registry.Tick(clock.GetUtcNow() + interval);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
