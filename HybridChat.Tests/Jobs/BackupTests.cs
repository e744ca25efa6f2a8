using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HybridChat.Tests.Jobs;

public class BackupTests
{
    [Fact]
    public async Task A_backup_is_a_readable_SQLite_database_with_the_data_and_only_the_newest_are_kept()
    {
        await using var app = new ChatApp();
        app.Settings["Jobs:BackupsKept"] = "2";
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("backedup");
        var backups = Path.Combine(app.DataDirectory, "backups");

        var newest = "";
        for (var run = 1; run <= 3; run++)
        {
            var before = newest;
            app.TriggerRecurring(RecurringJobSchedule.Backup);
            await JobSteps.EventuallyAsync(() =>
            {
                newest = Directory.Exists(backups) ? Directory.GetFiles(backups, "*.db").DefaultIfEmpty("").Max(StringComparer.Ordinal)! : "";
                return Task.FromResult(string.CompareOrdinal(newest, before) > 0);
            }, $"backup {run} is written");
        }

        var files = Directory.GetFiles(backups, "*.db");
        Assert.Equal(2, files.Length);
        await using var connection = new SqliteConnection($"Data Source={newest};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE UserName = $name";
        query.Parameters.AddWithValue("$name", userName);
        Assert.Equal(1L, await query.ExecuteScalarAsync());
    }
}
