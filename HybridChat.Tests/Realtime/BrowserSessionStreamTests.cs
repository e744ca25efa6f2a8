using System.Net;
using System.Net.Http.Headers;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// The browser's stream follows its cookie session: logging out or changing the password ends it
// with session.expired, and a browser that is signed out is refused (401), not sent to the login page.
public class BrowserSessionStreamTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Logging_out_ends_that_browsers_stream_and_its_reconnect_is_refused_while_another_browser_keeps_its_stream()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var laptop = App.NewSession();
        await laptop.LogInAsync(ben.UserName!);
        using var desktop = App.NewSession();
        await desktop.LogInAsync(ben.UserName!);
        await using var laptopStream = await EventStreamClient.OpenWebAsync(laptop.Client);
        await using var desktopStream = await EventStreamClient.OpenWebAsync(desktop.Client);

        using (await laptop.LogOutAsync())
        {
        }

        Assert.Equal("signed-out", (await laptopStream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        await laptopStream.Ended.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReconnectAsync(laptop));
        await ana.SendAsync(chat, "still here");
        Assert.NotNull((await desktopStream.NextAsync("message")).Id);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_browsers_stream_and_the_browser_that_changed_it_resumes_where_it_was()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var laptop = App.NewSession();
        await laptop.LogInAsync(ben.UserName!);
        using var desktop = App.NewSession();
        await desktop.LogInAsync(ben.UserName!);
        var laptopStream = await EventStreamClient.OpenWebAsync(laptop.Client);
        await using var desktopStream = await EventStreamClient.OpenWebAsync(desktop.Client);
        await ana.SendAsync(chat, "before");
        await laptopStream.NextAsync("message");

        await laptop.OpenAndSubmitAsync("/Identity/Account/Manage/ChangePassword", "#change-password-form", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AccountSteps.Password,
            ["Input.NewPassword"] = "another long password",
            ["Input.ConfirmPassword"] = "another long password",
        }, HttpStatusCode.Redirect);

        Assert.Equal("password-changed", (await laptopStream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        Assert.Equal("password-changed", (await desktopStream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        await laptopStream.Ended.WaitAsync(TimeSpan.FromSeconds(15));
        var resumeFrom = laptopStream.LastEventId;
        await laptopStream.DisposeAsync();
        await ana.SendAsync(chat, "while away");
        await using var resumed = await EventStreamClient.OpenWebAsync(laptop.Client, resumeFrom);
        Assert.Contains("while away", (await resumed.NextAsync("message")).RawData, StringComparison.Ordinal);
    }

    // As the page's htmx stream asks for it.
    private static async Task<HttpStatusCode> ReconnectAsync(WebSession browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await browser.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }
}
