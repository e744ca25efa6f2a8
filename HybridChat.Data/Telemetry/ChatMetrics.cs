using System.Diagnostics.Metrics;

namespace HybridChat.Data.Telemetry;

// The product's own metrics, one Meter for the web app and the jobs alike. Instrument names follow
// OpenTelemetry's conventions; the Prometheus exporter turns "hybridchat.messages.sent" into
// hybridchat_messages_sent_total.
public sealed class ChatMetrics
{
    public const string MeterName = "HybridChat";

    private readonly Counter<long> messagesSent;
    private readonly UpDownCounter<long> openStreams;
    private readonly Counter<long> eventsFannedOut;
    private readonly Histogram<double> deliveryLatency;
    private readonly Counter<long> changesReplayed;
    private readonly Counter<long> slowReadersCutOff;
    private readonly Counter<long> jobsSucceeded;
    private readonly Counter<long> jobsFailed;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> emailsFailed;

    public ChatMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        messagesSent = meter.CreateCounter<long>("hybridchat.messages.sent", "{message}", "Messages written (retries of a send are not counted again).");
        openStreams = meter.CreateUpDownCounter<long>("hybridchat.streams.open", "{stream}", "Live event streams open on this node.");
        eventsFannedOut = meter.CreateCounter<long>("hybridchat.events.fanned_out", "{event}", "Live events handed to open streams.");
        deliveryLatency = meter.CreateHistogram("hybridchat.messages.delivery_latency", "s",
            "From a message change being written to the database to its live event being written to a stream.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        changesReplayed = meter.CreateCounter<long>("hybridchat.changes.replayed", "{change}", "Message changes replayed from the database to a resuming stream.");
        slowReadersCutOff = meter.CreateCounter<long>("hybridchat.streams.slow_readers_cut_off", "{stream}", "Streams disconnected because their queue was full.");
        jobsSucceeded = meter.CreateCounter<long>("hybridchat.jobs.succeeded", "{job}", "Background jobs that ran to completion.");
        jobsFailed = meter.CreateCounter<long>("hybridchat.jobs.failed", "{job}", "Background job attempts that failed.");
        emailsSent = meter.CreateCounter<long>("hybridchat.emails.sent", "{email}", "Emails handed to the mail transport.");
        emailsFailed = meter.CreateCounter<long>("hybridchat.emails.failed", "{email}", "Email sends that failed.");
    }

    public void MessagesSent(int count) => messagesSent.Add(count);

    public void StreamOpened() => openStreams.Add(1);

    public void StreamClosed() => openStreams.Add(-1);

    public void EventsFannedOut(int count) => eventsFannedOut.Add(count);

    public void Delivered(TimeSpan sinceCommit) => deliveryLatency.Record(Math.Max(0, sinceCommit.TotalSeconds));

    public void ChangeReplayed() => changesReplayed.Add(1);

    public void SlowReaderCutOff() => slowReadersCutOff.Add(1);

    public void JobSucceeded(string job) => jobsSucceeded.Add(1, new KeyValuePair<string, object?>("job", job));

    public void JobFailed(string job) => jobsFailed.Add(1, new KeyValuePair<string, object?>("job", job));

    public void EmailSent() => emailsSent.Add(1);

    public void EmailFailed() => emailsFailed.Add(1);
}
