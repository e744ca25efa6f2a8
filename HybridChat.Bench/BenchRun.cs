using HybridChat.Bench.App;
using HybridChat.Bench.Baselines;
using HybridChat.Bench.Report;
using HybridChat.Bench.Scenarios;

namespace HybridChat.Bench;

internal static class BenchRun
{
    private static readonly IScenario[] Scenarios =
    [
        new AuthenticatedCallScenario(),
        new PersistedSendsScenario(),
        new ChatPageScenario(),
        new FanOutScenario(),
        new IdleStreamsScenario(),
        new JoinStormScenario(),
        new ThumbnailScenario(),
    ];

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var machine = MachineInfo.Read();
        Console.WriteLine($"HybridChat.Bench ({(options.Quick ? "quick" : "full")}): {machine.Describe()}");
        var report = new BenchReport(machine, options);
        var workDirectory = Directory.CreateTempSubdirectory("hybridchat-bench-").FullName;
        try
        {
            await using var baseline = await BaselineProcess.StartAsync(workDirectory, cancellationToken);
            await using var app = await ChatAppProcess.StartAsync(workDirectory, cancellationToken);
            Console.WriteLine($"app pid {app.Process.Id} at {app.BaseAddress}, baselines pid {baseline.Process.Id} at {baseline.BaseAddress}");
            using var context = await PrepareAsync(options, app, baseline, report, cancellationToken);
            foreach (var scenario in Scenarios.Where(s => options.Runs(s.Name)))
            {
                Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {scenario.Name}");
                try
                {
                    await scenario.RunAsync(context, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    report.Fail($"{scenario.Name} failed: {e.GetType().Name}: {e.Message} ({e.GetBaseException().Message})");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            report.Fail("cancelled");
        }
        catch (Exception e)
        {
            report.Fail($"run failed: {e.GetType().Name}: {e.Message} ({e.GetBaseException().Message})");
        }
        finally
        {
            machine.LoadAtEnd = MachineInfo.LoadAverage();
            if (report.Failures.Count == 0)
            {
                TryDelete(workDirectory);
            }
            else
            {
                Console.Error.WriteLine($"Server logs kept in {workDirectory}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(report.Markdown());
        await report.WriteJsonAsync(options.Output, CancellationToken.None);
        Console.WriteLine($"Wrote {Path.GetFullPath(options.Output)}");
        return cancellationToken.IsCancellationRequested || report.Failures.Count > 0 ? 1 : 0;
    }

    private static async Task<BenchContext> PrepareAsync(BenchOptions options, ChatAppProcess app, BaselineProcess baseline, BenchReport report,
        CancellationToken cancellationToken)
    {
        using var http = Infrastructure.BenchHttp.Create(app.BaseAddress);
        var api = new ChatApi(http);
        var people = await BenchPopulation.SeedAsync(app, api, options, cancellationToken);
        var tokens = new AccessTokenMinter(app.SigningKey);
        var me = await api.MeAsync(tokens.For(people.Template), cancellationToken);
        if (me != people.Template.Id)
        {
            throw new InvalidOperationException($"A minted token for user {people.Template.Id} came back as user {me}.");
        }

        Console.WriteLine($"seeded {people.Pool.Count + people.Storm.Count} users; a minted token passed GET /api/v1/me");
        return new BenchContext(options, app, baseline, people, tokens, report);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be letting go of a file; the temp folder is cleaned by the OS.
        }
    }
}
