using HybridChat.Data;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HybridChat.Jobs.Media;

// The durable intent lives in the database: at start-up every picture still waiting for its
// preview (the node stopped before its job ran) is scheduled again, by the nodes that run jobs.
public sealed class PendingPreviews(IServiceScopeFactory scopes, IMediaPreviewScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var pending = await db.Media.Where(m => m.ThumbnailState == ThumbnailState.Pending).Select(m => m.Id).ToListAsync(cancellationToken);
        pending.ForEach(scheduler.Schedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
