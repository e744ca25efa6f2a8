using System.Threading.Channels;
using HybridChat.Jobs.Media;

namespace HybridChat.Web.Features.Media;

// Runs preview jobs in this process, one at a time, off the request path. What is queued here is
// lost on a stop, not the work: media still waiting for a preview is queued again at start-up.
public sealed partial class InProcessMediaPreviews(IServiceScopeFactory scopes, ILogger<InProcessMediaPreviews> logger)
    : BackgroundService, IMediaPreviewScheduler
{
    private readonly Channel<int> queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Schedule(int mediaId) => queue.Writer.TryWrite(mediaId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mediaId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MediaPreviewJob>().RunAsync(mediaId);
            }
#pragma warning disable CA1031 // One failed job must not stop the queue; the media stays pending and is retried at the next start.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e, mediaId);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "The preview job for media {MediaId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int mediaId);
}
