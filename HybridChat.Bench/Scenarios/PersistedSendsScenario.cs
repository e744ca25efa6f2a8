using System.Diagnostics;
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
            // The raw baseline runs in this process, which does nothing else meanwhile.
            var rawCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var rawResult = await raw.RunAsync(count, options.SendWindow, cancellationToken);
            var rawCpu = Process.GetCurrentProcess().TotalProcessorTime - rawCpuBefore;
            using var http = context.NewAppClient(count);
            var api = new App.ChatApi(http);
            var appCpuBefore = context.App.Process.CpuTime;
            var appResult = await LoadLoop.RunAsync(count, options.SendWindow, (worker, token) =>
                api.SendAsync(tokens[worker], conversationId, "persisted send", token), cancellationToken);
            var appCpu = context.App.Process.CpuTime - appCpuBefore;
            var appCpuPerMessage = appCpu.TotalMilliseconds / Math.Max(1, appResult.Succeeded);
            var rawCpuPerMessage = rawCpu.TotalMilliseconds / Math.Max(1, rawResult.Succeeded);
            context.Report.Note(string.Create(CultureInfo.InvariantCulture,
                $"sends, {count} sender{(count == 1 ? "" : "s")}: the app used {appCpuPerMessage:0.00} ms CPU per message (raw INSERT+COMMIT {rawCpuPerMessage:0.000} ms)"));
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
                new Dictionary<string, double>
                {
                    ["senders"] = count,
                    ["appPerSecond"] = appResult.PerSecond,
                    ["rawPerSecond"] = rawResult.PerSecond,
                    ["appCpuMsPerMessage"] = appCpuPerMessage,
                    ["rawCpuMsPerMessage"] = rawCpuPerMessage,
                }));
        }
    }
}
