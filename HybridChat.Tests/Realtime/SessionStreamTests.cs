using System.Globalization;
using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// A stream lives as long as the sign-in it was opened with: it ends with session.expired, and the
// app that refreshes (or signs in again) and resumes from its Last-Event-ID misses nothing.
public class SessionStreamTests(LiveApp live) : IClassFixture<LiveApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private ChatApp App => live.App;

    [Fact]
    public async Task Logging_out_ends_that_sign_ins_stream_and_no_other_and_signing_in_again_resumes_it_exactly()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var tablet = App.NewApiSession();
        await tablet.SignInAsync(ben.UserName!);
        var position = await StreamPositionAsync(ben, chat);
        var phoneStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, position);
        await using var tabletStream = await EventStreamClient.OpenAsync(tablet.Client, tablet.AccessToken!);
        await ana.SendAsync(chat, "before");
        await phoneStream.NextAsync("message.created");

        using (var loggedOut = await ben.PostAsync("auth/logout", new { refreshToken = ben.RefreshToken }))
        {
            Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
        }

        var expired = await phoneStream.NextAsync("session.expired");
        Assert.Equal("signed-out", expired.Data["reason"]!.GetValue<string>());
        await phoneStream.Ended.WaitAsync(Patience);
        var resumeFrom = phoneStream.LastEventId!;
        await phoneStream.DisposeAsync();
        await ana.SendAsync(chat, "while signed out");
        Assert.Equal("before", (await tabletStream.NextAsync("message.created")).Data["text"]!.GetValue<string>());
        Assert.Equal("while signed out", (await tabletStream.NextAsync("message.created")).Data["text"]!.GetValue<string>());

        await ben.SignInAsync(ben.UserName!);
        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        await ana.SendAsync(chat, "after");

        Assert.Equal(["while signed out", "after"], await TextsAsync(resumed, 2));
    }

    [Fact]
    public async Task Changing_the_password_ends_every_stream_and_signing_in_again_resumes_exactly()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, await StreamPositionAsync(ben, chat));
        await ana.SendAsync(chat, "before");
        await stream.NextAsync("message.created");

        using (var changed = await ben.PostAsync("me/password", new { currentPassword = AccountSteps.Password, newPassword = "another long password" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        }

        var expired = await stream.NextAsync("session.expired");
        Assert.Equal("password-changed", expired.Data["reason"]!.GetValue<string>());
        await stream.Ended.WaitAsync(Patience);
        await ana.SendAsync(chat, "while away");

        await ben.SignInAsync(ben.UserName!, "another long password");
        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, stream.LastEventId);
        await ana.SendAsync(chat, "after");

        Assert.Equal(["while away", "after"], await TextsAsync(resumed, 2));
    }

    [Fact]
    public async Task Resetting_the_password_ends_every_stream()
    {
        using var api = App.NewApiSession();
        var email = $"{await api.SignUpAsync()}@example.test";
        await using var stream = await EventStreamClient.OpenAsync(api.Client, api.AccessToken!);
        using (await api.PostAsync("auth/forgot-password", new { email }))
        {
        }

        var code = await App.ResetCodeSentToAsync(email);
        using (var reset = await api.PostAsync("auth/reset-password", new { email, token = code, newPassword = "a fresh password" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        Assert.Equal("password-changed", (await stream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        await stream.Ended.WaitAsync(Patience);
    }

    [Fact]
    public async Task Deleting_the_account_ends_its_streams()
    {
        using var api = App.NewApiSession();
        await api.SignUpAsync();
        await using var stream = await EventStreamClient.OpenAsync(api.Client, api.AccessToken!);

        using (var deleted = await api.SendRawAsync(HttpMethod.Delete, "me", $$"""{"password":"{{AccountSteps.Password}}"}"""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal("account-deleted", (await stream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        await stream.Ended.WaitAsync(Patience);
    }

    internal static async Task<string> StreamPositionAsync(ApiSession api, int chat) =>
        (await (await api.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["streamPosition"]!.GetValue<long>()
            .ToString(CultureInfo.InvariantCulture);

    internal static async Task<List<string>> TextsAsync(EventStreamClient stream, int count) =>
        [.. (await stream.NextMessagesAsync(count)).Select(e => e.Data["text"]!.GetValue<string>())];
}
