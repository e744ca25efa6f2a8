using HybridChat.Bench;
using HybridChat.Bench.Baselines;
using HybridChat.Bench.Thumbnails;

if (args.Length > 0 && args[0] == BaselineServer.Command)
{
    await BaselineServer.RunAsync(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == ThumbnailWorker.Command)
{
    return ThumbnailWorker.Run(args[1..]);
}

var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await BenchRun.RunAsync(options, cancel.Token);
