using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

public class PresenceAndTypingTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_user_is_online_while_any_stream_is_open_and_offline_with_last_seen_when_the_last_closes()
    {
        var (ana, ben, _) = await App.TwoFriendsInAChatAsync();
        var benId = await ben.IdAsync();
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);

        var phone = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        var online = Assert.Single((await anaStream.NextAsync("presence.changed")).PresenceUsers);
        Assert.Equal(benId, online["userId"]!.GetValue<int>());
        Assert.True(online["isOnline"]!.GetValue<bool>());

        var laptop = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        await phone.DisposeAsync();
        await laptop.DisposeAsync();

        var offline = Assert.Single((await anaStream.NextAsync("presence.changed")).PresenceUsers);
        Assert.Equal(benId, offline["userId"]!.GetValue<int>());
        Assert.False(offline["isOnline"]!.GetValue<bool>());
        Assert.NotNull(offline["lastSeenAt"]);
    }

    [Fact]
    public async Task Nobody_hears_about_the_presence_of_someone_who_hides_it()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using (await ben.PatchAsync("me", new { lastSeenVisibility = "nobody" }))
        {
        }

        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await using (await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        {
            await ben.SendAsync(chat, "still here");
            await anaStream.NextAsync("message.created");
        }

        await ben.SendAsync(chat, "gone");
        var next = await anaStream.NextAsync();
        Assert.Equal("message.created", next.Type);
    }

    [Fact]
    public async Task Typing_reaches_the_other_member_and_not_the_typist()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        var benId = await ben.IdAsync();
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        using (await ana.PostAsync($"conversations/{chat}/typing", new { }))
        {
        }

        var benSees = await benStream.NextAsync("typing");
        Assert.Equal(anaId, benSees.Data["userId"]!.GetValue<int>());
        Assert.Equal(chat, benSees.Data["conversationId"]!.GetValue<int>());

        using (await ben.PostAsync($"conversations/{chat}/typing", new { }))
        {
        }

        var anaSees = await anaStream.NextAsync("typing");
        Assert.Equal(benId, anaSees.Data["userId"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_stranger_cannot_type_into_a_conversation()
    {
        var (_, _, chat) = await App.TwoFriendsInAChatAsync();
        using var stranger = App.NewApiSession();
        await stranger.SignUpAsync("stranger");

        using var response = await stranger.PostAsync($"conversations/{chat}/typing", new { });

        await response.AssertProblemAsync(System.Net.HttpStatusCode.NotFound);
    }
}
