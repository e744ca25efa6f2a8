using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Maintenance;

// An online copy of the embedded database (VACUUM INTO: consistent, compact, readers and writers
// carry on), keeping the newest few. Server databases have their own backup tools.
public class SqliteBackup(ChatDbContext db, TimeProvider clock)
{
    public const string FilePrefix = "hybridchat-";

    public bool IsAvailable => db.Database.IsSqlite();

    public async Task<string> BackUpAsync(string directory, int keep, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{FilePrefix}{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.db";
        var path = Path.Combine(directory, name);
        var vacuum = "VACUUM INTO '" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
        await db.Database.ExecuteSqlRawAsync(vacuum, cancellationToken);
        foreach (var old in Directory.GetFiles(directory, $"{FilePrefix}*.db").OrderDescending(StringComparer.Ordinal).Skip(Math.Max(keep, 1)))
        {
            File.Delete(old);
        }

        return path;
    }
}
