using System.Net.Http.Headers;

namespace HybridChat.Tests.Infrastructure;

// A live stream whose client stops reading: the case the server must not let grow its memory.
public sealed class StalledEventStreamClient(HttpResponseMessage response) : IDisposable
{
    public static async Task<StalledEventStreamClient> OpenAsync(HttpClient client, string accessToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new StalledEventStreamClient(await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));
    }

    // Reads what the server managed to send; true when the server ended the stream.
    public async Task<bool> ReadToEndAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new byte[64 * 1024];
            while (await body.ReadAsync(buffer, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => response.Dispose();
}
