using System.Globalization;
using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// Messages stored per second through POST /api/v1/conversations/{id}/messages (each sender its own
// user, all in one group, back to back), against raw one-row INSERT+COMMIT with as many writers.
internal sealed class PersistedSendsScenario : IScenario
{
    public string Name => "sends";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var senders = context.People.Pool.Take(options.Senders.Max()).ToList();
        var conversationId = await context.Api.CreateGroupAsync(context.Tokens.For(senders[0]), "senders",
            senders.Skip(1).Select(s => s.Id), cancellationToken);
        var tokens = senders.Select(context.Tokens.For).ToList();
        var raw = new RawSqliteInserts(Path.Combine(Path.GetDirectoryName(context.App.DatabasePath)!, "..", "raw-baseline.db"));
        context.Report.Note($"raw SQLite baseline: {await raw.PrepareAsync(cancellationToken)}");
        foreach (var count in options.Senders)
        {
            var rawResult = await raw.RunAsync(count, options.SendWindow, cancellationToken);
            using var http = context.NewAppClient(count);
            var api = new App.ChatApi(http);
            var appResult = await LoadLoop.RunAsync(count, options.SendWindow, (worker, token) =>
                api.SendAsync(tokens[worker], conversationId, "persisted send", token), cancellationToken);
            if (appResult.Failed > 0)
            {
                context.Report.Fail($"{appResult.Failed} of {appResult.Succeeded + appResult.Failed} API sends failed with {count} senders");
            }

            var ratio = appResult.PerSecond / rawResult.PerSecond;
            var goal = count switch
            {
                1 => 0.25,
                32 => 0.5,
                _ => (double?)null,
            };
            context.Report.Add(new ResultRow(
                $"persisted sends, {count} sender{(count == 1 ? "" : "s")}",
                $"{BenchReport.Format(appResult.PerSecond)} msg/s",
                $"raw INSERT+COMMIT {BenchReport.Format(rawResult.PerSecond)}/s",
                ratio,
                goal is null ? "(reported)" : string.Create(CultureInfo.InvariantCulture, $">= {goal}x raw"),
                goal is null ? null : ratio >= goal,
                new Dictionary<string, double> { ["senders"] = count, ["appPerSecond"] = appResult.PerSecond, ["rawPerSecond"] = rawResult.PerSecond }));
        }
    }
}
