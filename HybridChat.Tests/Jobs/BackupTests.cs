using Hangfire;
using Hangfire.Storage;
using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Jobs;

public class BackupTests
{
    [Fact]
    public async Task A_backup_is_a_readable_SQLite_database_with_the_data_and_only_the_newest_are_kept()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "Backs up a SQLite file; on PostgreSQL the job is not scheduled (next test).");
        await using var app = new ChatApp();
        app.Settings["Jobs:BackupsKept"] = "2";
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("backedup");
        var backups = Path.Combine(app.DataDirectory, "backups");

        for (var run = 1; run <= 3; run++)
        {
            await app.RunRecurringAsync(RecurringJobSchedule.Backup);
        }

        var files = Directory.GetFiles(backups, "*.db");
        Assert.Equal(2, files.Length);
        var newest = files.Max(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={newest};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE UserName = $name";
        query.Parameters.AddWithValue("$name", userName);
        Assert.Equal(1L, await query.ExecuteScalarAsync());
    }

    [Fact]
    public async Task On_a_server_database_no_backup_job_is_scheduled_and_every_other_one_is()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Runs when the suite runs on PostgreSQL (HYBRIDCHAT_TEST_DATABASE=PostgreSql).");
        await using var app = new ChatApp();
        using var api = app.NewApiSession();
        await api.SignUpAsync("scheduled");

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var scheduled = connection.GetRecurringJobs().Select(job => job.Id).ToList();

        Assert.DoesNotContain(RecurringJobSchedule.Backup, scheduled);
        Assert.Contains(RecurringJobSchedule.Purge, scheduled);
    }
}
