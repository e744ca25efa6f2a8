using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HybridChat.E2E.Infrastructure;

// Sets the scene through the JSON API (accounts, friendships, chats) so a browser test spends
// its time on what it is about.
public sealed class ApiArrangements(Uri baseAddress) : IDisposable
{
    private readonly HttpClient client = new() { BaseAddress = baseAddress };

    public async Task<string> RegisterAsync(string prefix, string displayName)
    {
        var userName = Names.Unique(prefix);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { userName, email = $"{userName}@example.test", password = AccountPages.Password, displayName });
        response.EnsureSuccessStatusCode();
        return userName;
    }

    public async Task BefriendAsync(string userName, string friendUserName)
    {
        var (token, _) = await SignInAsync(userName);
        var (friendToken, friendId) = await SignInAsync(friendUserName);
        var request = await SendAsync(token, "/api/v1/friend-requests", new { userId = friendId });
        await SendAsync(friendToken, $"/api/v1/friend-requests/{request["id"]}/accept", new { });
    }

    public async Task<int> FriendsWithADirectChatAsync(string userName, string friendUserName)
    {
        var (token, _) = await SignInAsync(userName);
        var (friendToken, friendId) = await SignInAsync(friendUserName);
        var request = await SendAsync(token, "/api/v1/friend-requests", new { userId = friendId });
        await SendAsync(friendToken, $"/api/v1/friend-requests/{request["id"]}/accept", new { });
        return (await SendAsync(token, "/api/v1/conversations/direct", new { userId = friendId }))["id"]!.GetValue<int>();
    }

    public async Task<int> GroupAsync(string owner, string title, params string[] friends)
    {
        var (token, _) = await SignInAsync(owner);
        var memberIds = new List<int>();
        foreach (var friend in friends)
        {
            var (friendToken, friendId) = await SignInAsync(friend);
            var request = await SendAsync(token, "/api/v1/friend-requests", new { userId = friendId });
            await SendAsync(friendToken, $"/api/v1/friend-requests/{request["id"]}/accept", new { });
            memberIds.Add(friendId);
        }

        return (await SendAsync(token, "/api/v1/conversations/groups", new { title, memberIds }))["id"]!.GetValue<int>();
    }

    public async Task<int> IdOfAsync(string userName) => (await SignInAsync(userName)).Id;

    public async Task<long> SendMessageAsync(string userName, int conversationId, string text)
    {
        var (token, _) = await SignInAsync(userName);
        var message = await SendAsync(token, $"/api/v1/conversations/{conversationId}/messages", new { clientMessageId = Guid.NewGuid().ToString("N"), text });
        return message["id"]!.GetValue<long>();
    }

    public async Task EditMessageAsync(string userName, long messageId, string text)
    {
        var (token, _) = await SignInAsync(userName);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/messages/{messageId}") { Content = JsonContent.Create(new { text }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async Task DeleteMessageAsync(string userName, long messageId)
    {
        var (token, _) = await SignInAsync(userName);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/messages/{messageId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private async Task<(string Token, int Id)> SignInAsync(string userName)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AccountPages.Password });
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var profile = await client.SendAsync(me);
        return (token, (await profile.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>());
    }

    private async Task<JsonObject> SendAsync(string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => client.Dispose();
}
