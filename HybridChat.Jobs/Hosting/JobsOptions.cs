using HybridChat.Data.Notifications;

namespace HybridChat.Jobs.Hosting;

public class JobsOptions
{
    public const string Section = "Jobs";

    // False: this web node only enqueues; another node (a jobs-only one) does the work. Needs
    // storage the nodes share (SQL Server): in-memory storage is private to one process.
    public bool RunServer { get; set; } = true;

    // A node that runs jobs and serves no pages or API (also: the --jobs-only argument).
    public bool JobsOnly { get; set; }

    public int WorkerCount { get; set; } = 2;
    public double SchedulePollingSeconds { get; set; } = 5;
    public double ShutdownTimeoutSeconds { get; set; } = 5;

    // Hangfire's automatic retries: how many, and how long to wait before each (the last delay repeats).
    public int RetryAttempts { get; set; } = 10;
    // (Configuration binding appends to an array that has values, so the default lives apart.)
    public int[]? RetryDelaysSeconds { get; set; }

    public int[] RetryDelays => RetryDelaysSeconds is { Length: > 0 } delays ? delays : [10, 30, 60, 300, 900, 3600];

    // How long a send may hold an outbox email before another run may take it over.
    public int EmailClaimSeconds { get; set; } = 300;

    // Emails still unsent after an hour (their job ran out of retries, or its node went away)
    // get a new job; one still being retried is not sent twice.
    public string OutboxSweepCron { get; set; } = "0 * * * *";

    public string PresenceRepairCron { get; set; } = "*/5 * * * *";
    public string PurgeCron { get; set; } = "17 3 * * *";
    public int SentEmailRetentionDays { get; set; } = 7;

    // Unsent uploads and files of deleted messages (see MediaOptions.UnsentUploadHours).
    public string MediaCleanupCron { get; set; } = "47 * * * *";

    public string BackupCron { get; set; } = "0 2 * * *";
    public int BackupsKept { get; set; } = 7;

    // App_Data/backups unless set.
    public string BackupDirectory { get; set; } = "";

    public string MissedMessagesCron { get; set; } = "* * * * *";
    public double MissedMessagesIdleMinutes { get; set; } = 10;
    public double MissedMessagesIntervalMinutes { get; set; } = 60;
    public int MissedMessagesSmallGroupSize { get; set; } = 10;

    public MissedMessageRules MissedMessageRules => new(TimeSpan.FromMinutes(MissedMessagesIdleMinutes),
        TimeSpan.FromMinutes(MissedMessagesIntervalMinutes), MissedMessagesSmallGroupSize, MaxMessagesPerConversation: 5);

    public bool RunsServer(IEnumerable<string> commandLine) => RunServer || IsJobsOnly(commandLine);

    public bool IsJobsOnly(IEnumerable<string> commandLine) => JobsOnly || commandLine.Contains("--jobs-only", StringComparer.Ordinal);
}
