namespace HybridChat.Bench.Report;

// One line of the table. Metrics carries the raw numbers behind the text for results.json.
internal sealed record ResultRow(string Scenario, string HybridChat, string Baselines, double? Ratio, string Goal, bool? Met,
    IReadOnlyDictionary<string, double> Metrics);
