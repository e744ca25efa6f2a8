using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Notifications;

// What a signed-in page asks for when its live stream says something changed: the unread count
// for the tab title and the new messages worth a browser notification.
public class PageNoticeTests
{
    [Fact]
    public async Task A_page_is_told_of_a_new_direct_message_but_not_of_its_own_messages_nor_of_a_muted_chat()
    {
        await using var app = new ChatApp();
        using var web = app.NewSession();
        var anaName = await web.SignUpAsync("ana");
        using var ana = app.NewApiSession();
        await ana.SignInAsync(anaName);
        using var ben = app.NewApiSession();
        await ben.SignUpAsync("ben");
        await ana.BefriendAsync(ben);
        var chat = await ana.OpenDirectChatAsync(ben);
        var start = await StateAsync(web, after: null);
        Assert.Equal(0, start["unreadCount"]!.GetValue<int>());

        await ana.SendAsync(chat, "Free tonight?");
        await ben.SendAsync(chat, "Dinner at eight?");
        var told = await StateAsync(web, start["latestMessageId"]!.GetValue<long>());

        Assert.True(told["unreadCount"]!.GetValue<int>() == 1, told.ToJsonString() + start.ToJsonString());
        var notice = Assert.Single(told["notices"]!.AsArray())!;
        Assert.Equal("Dinner at eight?", notice["body"]!.GetValue<string>());
        Assert.Equal($"/conversations/{chat}", notice["url"]!.GetValue<string>());

        using (var muted = await ana.Client.PutAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, muted.StatusCode);
        }

        await ben.SendAsync(chat, "Hello?");
        var quiet = await StateAsync(web, told["latestMessageId"]!.GetValue<long>());
        Assert.Empty(quiet["notices"]!.AsArray());
        Assert.Equal(0, quiet["unreadCount"]!.GetValue<int>());
    }

    private static async Task<JsonObject> StateAsync(WebSession web, long? after)
    {
        using var response = await web.Client.GetAsync(after is { } id ? $"/notifications?after={id}" : "/notifications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
