using System.Globalization;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench;

// Sizes and durations of one run. --quick shrinks everything so the test command can run it.
internal sealed record BenchOptions
{
    public bool Quick { get; init; }
    public IReadOnlyList<int> FanOutMembers { get; init; } = [200, 1000, 5000];
    public double FanOutRate { get; init; } = 15;
    public TimeSpan FanOutWindow { get; init; } = TimeSpan.FromSeconds(10);
    public int FanOutRepeats { get; init; } = 3;
    public IReadOnlyList<int> Senders { get; init; } = [1, 32];
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(10);
    public int IdleStreams { get; init; } = 10_000;
    public TimeSpan IdleHold { get; init; } = TimeSpan.FromSeconds(10);
    public int StormMembers { get; init; } = 1000;
    public int ApiConnections { get; init; } = 32;
    public TimeSpan ApiWindow { get; init; } = TimeSpan.FromSeconds(10);
    public int PageMessages { get; init; } = 50;
    public int PageRequests { get; init; } = 50;
    public (int Width, int Height) ThumbnailSize { get; init; } = (4000, 3000);
    public int ThumbnailRepeats { get; init; } = 10;
    public IReadOnlySet<string>? Only { get; init; }
    public string Output { get; init; } = Path.Combine(RepoPaths.Root, "artifacts", "bench", "results.json");

    public int UserPool => Math.Max(FanOutMembers.DefaultIfEmpty(0).Max(), Senders.DefaultIfEmpty(0).Max() + 1);

    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);

    public static BenchOptions QuickSizes => new()
    {
        Quick = true,
        FanOutMembers = [20],
        FanOutWindow = TimeSpan.FromSeconds(2),
        FanOutRepeats = 1,
        SendWindow = TimeSpan.FromSeconds(2),
        IdleStreams = 200,
        IdleHold = TimeSpan.FromSeconds(2),
        StormMembers = 20,
        ApiWindow = TimeSpan.FromSeconds(2),
        PageRequests = 10,
        ThumbnailRepeats = 2,
    };

    public static BenchOptions Parse(string[] args)
    {
        var options = args.Contains("--quick") ? QuickSizes : new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }

            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unknown argument {args[i]}. See docs/benchmarks.md for the options.");
            }

            var value = args[++i];
            options = args[i - 1] switch
            {
                "--fanout-members" => options with { FanOutMembers = Ints(value) },
                "--fanout-rate" => options with { FanOutRate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--fanout-seconds" => options with { FanOutWindow = Seconds(value) },
                "--fanout-repeats" => options with { FanOutRepeats = int.Parse(value, CultureInfo.InvariantCulture) },
                "--senders" => options with { Senders = Ints(value) },
                "--send-seconds" => options with { SendWindow = Seconds(value) },
                "--idle-streams" => options with { IdleStreams = int.Parse(value, CultureInfo.InvariantCulture) },
                "--idle-seconds" => options with { IdleHold = Seconds(value) },
                "--storm-members" => options with { StormMembers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--api-connections" => options with { ApiConnections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--api-seconds" => options with { ApiWindow = Seconds(value) },
                "--page-requests" => options with { PageRequests = int.Parse(value, CultureInfo.InvariantCulture) },
                "--thumbnail-repeats" => options with { ThumbnailRepeats = int.Parse(value, CultureInfo.InvariantCulture) },
                "--only" => options with { Only = value.Split(',').ToHashSet() },
                "--output" => options with { Output = value },
                _ => throw new ArgumentException($"Unknown option {args[i - 1]}. See docs/benchmarks.md for the options."),
            };
        }

        return options;
    }

    private static int[] Ints(string value) => [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
