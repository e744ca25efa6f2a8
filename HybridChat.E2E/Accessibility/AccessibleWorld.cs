using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// Everything the accessibility tests look at: Ana with a direct chat (Ben) and a group (Carl),
// messages both ways, a friend request waiting for her (Dora) and someone she blocked (Eve).
public sealed record AccessibleWorld(string Ana, string Ben, string Carl, string Dora, int BenId, int DirectChat, int Group)
{
    public static async Task<AccessibleWorld> ArrangeAsync(Uri baseAddress)
    {
        using var arrange = new ApiArrangements(baseAddress);
        using var api = new LiveApi(baseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana Lima");
        var ben = await arrange.RegisterAsync("ben", "Ben Okafor");
        var carl = await arrange.RegisterAsync("carl", "Carl Berg");
        var dora = await arrange.RegisterAsync("dora", "Dora Kim");
        var eve = await arrange.RegisterAsync("eve", "Eve Marsh");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var group = await arrange.GroupAsync(ana, "Book club", carl);
        var first = await arrange.SendMessageAsync(ben, chat, "Hi Ana, are we still on for Friday?");
        await arrange.SendMessageAsync(ana, chat, "Yes! **Seven** at the usual place.");
        await arrange.SendMessageAsync(carl, group, "Chapter three is a page-turner.");
        await arrange.SendMessageAsync(ana, group, "No spoilers please 🙂");
        await api.MarkReadAsync(ana, chat, first);
        await api.AskToBeFriendsAsync(dora, await arrange.IdOfAsync(ana));
        await api.BlockAsync(ana, await arrange.IdOfAsync(eve));
        return new AccessibleWorld(ana, ben, carl, dora, await arrange.IdOfAsync(ben), chat, group);
    }
}

// The few API calls the accessibility tests need that ApiArrangements does not offer.
public sealed class LiveApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient client = new() { BaseAddress = baseAddress };

    // Signs up the accessibility tests' admin once per run (Admin:Users makes it an admin).
    public static async Task AdminAsync(Uri baseAddress)
    {
        await AdminGate.WaitAsync();
        try
        {
            if (adminRegistered)
            {
                return;
            }

            using var client = new HttpClient { BaseAddress = baseAddress };
            var userName = ChatApp.AccessibilityAdminName;
            using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
                new { userName, email = $"{userName}@example.test", password = AccountPages.Password, displayName = "Accessibility admin" });
            response.EnsureSuccessStatusCode();
            adminRegistered = true;
        }
        finally
        {
            AdminGate.Release();
        }
    }

    private static readonly SemaphoreSlim AdminGate = new(1, 1);
    private static bool adminRegistered;

    public async Task<int> AskToBeFriendsAsync(string userName, int otherId) =>
        (await PostAsync(userName, "/api/v1/friend-requests", new { userId = otherId }))!["id"]!.GetValue<int>();

    public Task MarkReadAsync(string userName, int conversationId, long upToMessageId) =>
        PostAsync(userName, $"/api/v1/conversations/{conversationId}/read", new { upToMessageId });

    public Task BlockAsync(string userName, int otherId) =>
        SendAsync(HttpMethod.Put, userName, $"/api/v1/blocks/{otherId}", new { });

    private Task<JsonObject?> PostAsync(string userName, string path, object body) => SendAsync(HttpMethod.Post, userName, path, body);

    private async Task<JsonObject?> SendAsync(HttpMethod method, string userName, string path, object body)
    {
        using var tokenResponse = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AccountPages.Password });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Content.Headers.ContentLength is 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent
            ? null
            : await response.Content.ReadFromJsonAsync<JsonObject>();
    }

    public void Dispose() => client.Dispose();
}
