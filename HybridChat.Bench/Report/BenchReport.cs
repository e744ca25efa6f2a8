using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HybridChat.Bench.Report;

// Collects the rows and any integrity failures (lost, duplicated or reordered events, errors),
// then prints the Markdown table and writes results.json. Missed goals are reported, not failures.
internal sealed class BenchReport(MachineInfo machine, BenchOptions options)
{
    // NaN stands for "nothing measured" (an empty histogram) and must not stop the file being written.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
    private readonly List<ResultRow> rows = [];
    private readonly List<string> failures = [];
    private readonly List<string> notes = [];

    public IReadOnlyList<string> Failures => failures;

    public void Add(ResultRow row)
    {
        lock (rows)
        {
            rows.Add(row);
        }

        Console.WriteLine($"  -> {row.Scenario}: {row.HybridChat} | {row.Baselines} | ratio {Format(row.Ratio)} | {MetText(row.Met)}");
    }

    public void Fail(string what)
    {
        lock (failures)
        {
            failures.Add(what);
        }

        Console.Error.WriteLine($"  !! {what}");
    }

    public void Note(string note)
    {
        notes.Add(note);
        Console.WriteLine($"  .. {note}");
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Describe()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Mode: {(options.Quick ? "quick" : "full")}");
        text.AppendLine();
        text.AppendLine("| scenario | HybridChat | baseline(s) | ratio | goal | met? |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Scenario} | {row.HybridChat} | {row.Baselines} | {Format(row.Ratio)} | {row.Goal} | {MetText(row.Met)} |");
        }

        foreach (var note in notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"\n- {note}");
        }

        text.AppendLine();
        text.AppendLine(failures.Count == 0
            ? "Integrity: no event lost, duplicated or reordered; no errors."
            : $"Integrity FAILED: {string.Join("; ", failures)}");
        return text.ToString();
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { machine, options = Describe(options), rows, notes, failures }, Json, cancellationToken);
    }

    private static object Describe(BenchOptions options) => new
    {
        options.Quick,
        options.FanOutMembers,
        options.FanOutRate,
        fanOutWindowSeconds = options.FanOutWindow.TotalSeconds,
        options.FanOutRepeats,
        options.Senders,
        sendWindowSeconds = options.SendWindow.TotalSeconds,
        options.IdleStreams,
        idleHoldSeconds = options.IdleHold.TotalSeconds,
        options.StormMembers,
        options.ApiConnections,
        apiWindowSeconds = options.ApiWindow.TotalSeconds,
        options.PageMessages,
        options.PageRequests,
        thumbnailWidth = options.ThumbnailSize.Width,
        thumbnailHeight = options.ThumbnailSize.Height,
        options.ThumbnailRepeats,
    };

    public static string Format(double? value) => value switch
    {
        null => "",
        double.NaN => "n/a",
        >= 100 => value.Value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    private static string MetText(bool? met) => met switch
    {
        true => "yes",
        false => "**no**",
        null => "(reported)",
    };
}
