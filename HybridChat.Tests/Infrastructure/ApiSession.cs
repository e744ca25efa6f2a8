using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HybridChat.Tests.Infrastructure;

// A mobile app's view of the server: JSON over HTTP with a bearer token.
public sealed class ApiSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public string? AccessToken { get; private set; }

    public string? RefreshToken { get; private set; }

    public string? UserName { get; private set; }

    public async Task<string> SignUpAsync(string prefix = "api")
    {
        var userName = AccountSteps.UniqueName(prefix);
        using var registered = await PostAsync("auth/register", new { userName, email = $"{userName}@example.test", password = AccountSteps.Password });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        await SignInAsync(userName);
        return userName;
    }

    public async Task SignInAsync(string userName, string password = AccountSteps.Password)
    {
        UserName = userName;
        using var response = await PostAsync("auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        UseTokens(await response.Content.ReadFromJsonAsync<JsonObject>());
    }

    // What an app does when its stream says session.expired: trade the refresh token for a new pair.
    public async Task RefreshAsync()
    {
        using var response = await PostAsync("auth/refresh", new { refreshToken = RefreshToken });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        UseTokens(await response.Content.ReadFromJsonAsync<JsonObject>());
    }

    public void UseTokens(JsonObject? pair)
    {
        AccessToken = pair?["accessToken"]?.GetValue<string>();
        RefreshToken = pair?["refreshToken"]?.GetValue<string>();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync($"/api/v1/{path}");

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Client.PostAsJsonAsync($"/api/v1/{path}", body);

    public Task<HttpResponseMessage> PatchAsync(string path, object body) => Client.PatchAsJsonAsync($"/api/v1/{path}", body);

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string json) =>
        Client.SendAsync(new HttpRequestMessage(method, $"/api/v1/{path}") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    public void Dispose() => Client.Dispose();
}

public static class ProblemAssertions
{
    // Every API error is an RFC 9457 body; returns it for further checks.
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        return problem;
    }

    public static string[] FieldErrors(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(message => message!.GetValue<string>()).ToArray() ?? [];

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(), documentOptions: new JsonDocumentOptions())!.AsObject();
}
