using System.Net.Http.Headers;
using System.Text;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

public class StreamShapeTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_stream_first_says_how_long_to_wait_before_reconnecting_then_idles_with_a_comment_heartbeat()
    {
        var (_, ben, _) = await App.TwoFriendsInAChatAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ben.AccessToken);
        using var response = await ben.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        const string expected = "retry: 3000\n\n: ping\n\n";

        var buffer = new byte[256];
        var read = await body.ReadAtLeastAsync(buffer, expected.Length, throwOnEndOfStream: false, timeout.Token);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, read));
    }

    [Fact]
    public async Task The_browser_stream_carries_the_message_as_an_encoded_htmx_fragment_with_its_change_id()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(AccountStepsFor(ben));
        await using var stream = await EventStreamClient.OpenWebAsync(browser.Client);

        await ana.SendAsync(chat, "<script>alert(1)</script> <img src=x onerror=alert(2)> see https://example.com/a?b=1&c=2");

        var fragment = await stream.NextAsync("message");
        Assert.NotNull(fragment.Id);
        Assert.Contains($"<hx-upsert hx-target=\"#conversation-{chat}-messages\"", fragment.RawData, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", fragment.RawData, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", fragment.RawData, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", fragment.RawData, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow ugc\"", fragment.RawData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_streams()
    {
        var app = new ChatApp();
        app.StartKestrel();
        using var ana = app.NewApiSession();
        await ana.SignUpAsync();
        var stream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);

        var stopping = app.DisposeAsync().AsTask();

        await stream.Ended.WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        await stream.DisposeAsync();
    }

    private static string AccountStepsFor(ApiSession session) => session.UserName!;
}
