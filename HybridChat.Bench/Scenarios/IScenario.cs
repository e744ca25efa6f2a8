namespace HybridChat.Bench.Scenarios;

internal interface IScenario
{
    // The name --only selects it by.
    string Name { get; }

    Task RunAsync(BenchContext context, CancellationToken cancellationToken);
}
