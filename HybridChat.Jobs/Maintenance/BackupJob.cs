using HybridChat.Data.Maintenance;
using HybridChat.Jobs.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Maintenance;

public class BackupJob(SqliteBackup backup, IOptions<JobsOptions> options, ILogger<BackupJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var path = await backup.BackUpAsync(options.Value.BackupDirectory, options.Value.BackupsKept, cancellationToken);
        logger.LogInformation("Backed up the database to {Path}", path);
    }
}
