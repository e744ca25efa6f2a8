using HybridChat.Tests.Infrastructure;
using Npgsql;

namespace HybridChat.Tests.Jobs;

// Two nodes run a job server each on one job storage; every occurrence of a recurring job must run
// on one of them, not on both.
public class RecurringJobsAcrossNodesTests
{
    [Fact]
    public async Task A_recurring_job_runs_once_per_occurrence_with_two_nodes()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql,
            "Several nodes share job storage on a server database; with SQLite each node keeps its jobs in memory.");
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["Jobs__MissedMessagesCron"] = "* * * * *" });
        var deadline = DateTime.UtcNow.AddMinutes(4);
        List<DateTime> runs;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            runs = await MissedMessageRunsAsync(nodes.First.DataDirectory);
            Assert.True(DateTime.UtcNow < deadline, $"Only {runs.Count} runs of the minutely job in four minutes.");
        }
        while (runs.Select(Minute).Distinct().Count() < 2);

        // Each minute's occurrence was created once, whichever node's scheduler took it.
        Assert.Equal(runs.Select(Minute).Distinct().Count(), runs.Count);
    }

    private static DateTime Minute(DateTime at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc);

    private static async Task<List<DateTime>> MissedMessageRunsAsync(string dataDirectory)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionStringFor(dataDirectory));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT createdat FROM hangfire.job WHERE invocationdata::text LIKE '%MissedMessagesJob%' ORDER BY createdat", connection);
        var runs = new List<DateTime>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            runs.Add(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc));
        }

        return runs;
    }
}
