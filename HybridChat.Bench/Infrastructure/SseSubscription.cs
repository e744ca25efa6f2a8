using System.Globalization;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;

namespace HybridChat.Bench.Infrastructure;

// One client stream, read with the runtime's SSE parser. Like a real client it reconnects when the
// server ends the stream, resending the last event id so the server can replay what was missed,
// and backs off while the server refuses or drops new connections.
internal sealed class SseSubscription(HttpClient http, string path, string? bearerToken, Action<SseItem<string>> onEvent)
{
    private const int MaxFailedOpens = 20;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task running = Task.CompletedTask;

    public Task Opened => opened.Task;

    public string? LastEventId { get; private set; }

    public int Reconnects { get; private set; }

    public bool IsOpen { get; private set; }

    public void Start(CancellationToken cancellationToken) => running = Task.Run(() => RunAsync(cancellationToken), CancellationToken.None);

    public Task Stopped => running;

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var failedOpens = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (bearerToken is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
                }

                if (LastEventId is not null)
                {
                    request.Headers.Add("Last-Event-ID", LastEventId);
                }

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                failedOpens = 0;
                IsOpen = true;
                opened.TrySetResult();
                var parser = SseParser.Create(body, (_, data) => Encoding.UTF8.GetString(data));
                await foreach (var item in parser.EnumerateAsync(cancellationToken))
                {
                    if (item.EventId is not null)
                    {
                        LastEventId = item.EventId;
                    }

                    onEvent(item);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
            {
                if (!IsOpen && ++failedOpens >= MaxFailedOpens)
                {
                    opened.TrySetException(e);
                    return;
                }
            }

            IsOpen = false;
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            Reconnects++;
            await Task.Delay(Backoff(failedOpens), CancellationToken.None);
        }

        IsOpen = false;
        opened.TrySetCanceled(cancellationToken);
    }

    private static TimeSpan Backoff(int failedOpens) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 200 * Math.Pow(2, failedOpens)));

    public static long IdOf(SseItem<string> item) => long.Parse(item.EventId!, CultureInfo.InvariantCulture);
}
