using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

// Someone using the app through the API, with the id the others' calls name them by.
public sealed class ApiPerson(ApiSession api, int id, string userName) : IDisposable
{
    public ApiSession Api { get; } = api;

    public int Id { get; } = id;

    public string UserName { get; } = userName;

    public static async Task<ApiPerson> SignUpAsync(ChatApp app, string prefix = "p", string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.NewApiSession();
        var userName = await api.SignUpAsync(prefix);
        if (displayName is not null)
        {
            using var renamed = await api.PatchAsync("me", new { displayName });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        return new ApiPerson(api, await api.IdAsync(), userName);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Api.GetAsync(path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => Api.PostAsync(path, body ?? new { });

    public Task<HttpResponseMessage> PutAsync(string path) => Api.Client.PutAsync($"/api/v1/{path}", null);

    public Task<HttpResponseMessage> DeleteAsync(string path) => Api.Client.DeleteAsync($"/api/v1/{path}");

    public Task<HttpResponseMessage> AskAsync(ApiPerson other) => PostAsync("friend-requests", new { userId = other.Id });

    public async Task<JsonObject> JsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => Api.Dispose();
}
