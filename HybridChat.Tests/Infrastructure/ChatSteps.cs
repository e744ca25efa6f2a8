using System.Net;
using System.Text.Json.Nodes;

namespace HybridChat.Tests.Infrastructure;

// Arranging people and chats through the API, the way two app users would.
public static class ChatSteps
{
    public static async Task<int> IdAsync(this ApiSession api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return (await (await api.GetAsync("me")).ReadJsonAsync())["id"]!.GetValue<int>();
    }

    public static async Task BefriendAsync(this ApiSession asker, ApiSession friend)
    {
        ArgumentNullException.ThrowIfNull(friend);
        using var sent = await asker.PostAsync("friend-requests", new { userId = await friend.IdAsync() });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var requestId = (await sent.ReadJsonAsync())["id"]!.GetValue<int>();
        using var accepted = await friend.PostAsync($"friend-requests/{requestId}/accept", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    public static async Task<int> OpenDirectChatAsync(this ApiSession api, ApiSession other)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var opened = await api.PostAsync("conversations/direct", new { userId = await other.IdAsync() });
        Assert.True(opened.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Opening the chat answered {opened.StatusCode}.");
        return (await opened.ReadJsonAsync())["id"]!.GetValue<int>();
    }

    public static async Task<JsonObject> SendAsync(this ApiSession api, int conversationId, string text, string? clientMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var sent = await api.PostAsync($"conversations/{conversationId}/messages",
            new { clientMessageId = clientMessageId ?? Guid.NewGuid().ToString("N"), text });
        Assert.True(sent.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Sending answered {sent.StatusCode}.");
        return await sent.ReadJsonAsync();
    }

    public static async Task<(ApiSession Ana, ApiSession Ben, int ChatId)> TwoFriendsInAChatAsync(this ChatApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ana = app.NewApiSession();
        var ben = app.NewApiSession();
        await ana.SignUpAsync("ana");
        await ben.SignUpAsync("ben");
        await ana.BefriendAsync(ben);
        return (ana, ben, await ana.OpenDirectChatAsync(ben));
    }
}
