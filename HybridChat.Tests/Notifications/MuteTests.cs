using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Notifications;

public class MuteTests
{
    [Fact]
    public async Task A_member_mutes_and_unmutes_a_conversation_and_the_api_says_so()
    {
        await using var app = new ChatApp();
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();

        using (var muted = await ben.Client.PutAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, muted.StatusCode);
        }

        Assert.True(await MutedAsync(ben, chat));
        using (var unmuted = await ben.Client.DeleteAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, unmuted.StatusCode);
        }

        Assert.False(await MutedAsync(ben, chat));
    }

    [Fact]
    public async Task A_stranger_cannot_mute_a_conversation_they_are_not_in()
    {
        await using var app = new ChatApp();
        var (_, _, chat) = await app.TwoFriendsInAChatAsync();
        using var stranger = app.NewApiSession();
        await stranger.SignUpAsync("eve");

        using var muted = await stranger.Client.PutAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative), null);
        using var unmuted = await stranger.Client.DeleteAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative));

        await muted.AssertProblemAsync(HttpStatusCode.NotFound);
        await unmuted.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_mute_button_on_the_chat_page_works_without_script()
    {
        await using var app = new ChatApp();
        using var web = app.NewSession();
        var ana = await web.SignUpAsync("ana");
        using var ben = app.NewApiSession();
        await ben.SignUpAsync("ben");
        using var api = app.NewApiSession();
        await api.SignInAsync(ana);
        await api.BefriendAsync(ben);
        var chat = await api.OpenDirectChatAsync(ben);

        var page = await web.GetPageAsync($"/conversations/{chat}");
        using var response = await web.SubmitAsync(page, ".mute-toggle", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await web.GetPageAsync($"/conversations/{chat}");
        Assert.Equal("Unmute", after.QuerySelector(".mute-toggle button")!.TextContent.Trim());
        Assert.True(await MutedAsync(api, chat));
    }

    private static async Task<bool> MutedAsync(ApiSession api, int chat)
    {
        using var shown = await api.GetAsync($"conversations/{chat}");
        return (await shown.ReadJsonAsync())["muted"]!.GetValue<bool>();
    }
}
