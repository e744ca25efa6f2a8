using Microsoft.Extensions.Logging;
using HangfireLog = Hangfire.Logging;

namespace HybridChat.Jobs.Hosting;

// Hangfire logs through one static provider for the whole process. Its own ASP.NET Core provider
// binds that to one app's logger factory, which breaks once that app is disposed while another
// runs (test hosts). This one writes to the newest app still running: in production, the app.
public sealed class SharedLogProvider : HangfireLog.ILogProvider
{
    private static readonly Lock Gate = new();
    private static readonly List<ILoggerFactory> Live = [];

    public static SharedLogProvider Instance { get; } = new();

    public static void Attach(ILoggerFactory factory)
    {
        lock (Gate)
        {
            Live.Add(factory);
        }
    }

    public static void Detach(ILoggerFactory factory)
    {
        lock (Gate)
        {
            Live.Remove(factory);
        }
    }

    public HangfireLog.ILog GetLogger(string name) => new SharedLog(name);

    private static ILoggerFactory? Current()
    {
        lock (Gate)
        {
            return Live.Count > 0 ? Live[^1] : null;
        }
    }

    private sealed class SharedLog(string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = Current()?.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLog.LogLevel.Trace => LogLevel.Trace,
                    HangfireLog.LogLevel.Debug => LogLevel.Debug,
                    HangfireLog.LogLevel.Info => LogLevel.Information,
                    HangfireLog.LogLevel.Warn => LogLevel.Warning,
                    HangfireLog.LogLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (logger is null || !logger.IsEnabled(level))
                {
                    return false;
                }

                if (messageFunc is not null)
                {
#pragma warning disable CA1848, CA2254 // Hangfire hands over finished messages.
                    logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
