using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HybridChat.Bench.App;

// The few /api/v1 calls the bench makes, as a mobile app would make them.
internal sealed class ChatApi(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<int> RegisterAsync(string userName, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/register",
            new { userName, email = $"{userName}@bench.invalid", password }, cancellationToken);
        return await IdFromAsync(response, HttpStatusCode.Created, cancellationToken);
    }

    public async Task<int> MeAsync(string token, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Get, "/api/v1/me", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return await IdFromAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    public async Task<int> CreateGroupAsync(string token, string title, IEnumerable<int> memberIds, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, "/api/v1/conversations/groups", token);
        request.Content = JsonContent.Create(new { title, memberIds });
        using var response = await http.SendAsync(request, cancellationToken);
        return await IdFromAsync(response, HttpStatusCode.Created, cancellationToken);
    }

    // True when the message was stored (201); anything else is a failed send.
    public async Task<bool> SendAsync(string token, int conversationId, string text, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, $"/api/v1/conversations/{conversationId}/messages", token);
        request.Content = JsonContent.Create(new { clientMessageId = Guid.NewGuid().ToString("N"), text });
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Created;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<int> IdFromAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }
}
