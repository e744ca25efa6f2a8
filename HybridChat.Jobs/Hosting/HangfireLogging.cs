using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HybridChat.Jobs.Hosting;

public sealed class HangfireLogging(ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        SharedLogProvider.Attach(loggers);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        SharedLogProvider.Detach(loggers);
        return Task.CompletedTask;
    }
}
