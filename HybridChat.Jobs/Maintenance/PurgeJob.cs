using HybridChat.Data.Maintenance;
using HybridChat.Jobs.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Maintenance;

public class PurgeJob(Retention retention, IOptions<JobsOptions> options, ILogger<PurgeJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var purged = await retention.PurgeAsync(TimeSpan.FromDays(options.Value.SentEmailRetentionDays), cancellationToken);
        logger.LogInformation("Purged {RefreshTokens} refresh tokens and {OutboxEmails} sent emails", purged.RefreshTokens, purged.OutboxEmails);
    }
}
