using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Search;

public static class SearchSteps
{
    public static async Task<JsonObject> SearchAsync(this ApiSession api, string query, string filters = "")
    {
        ArgumentNullException.ThrowIfNull(api);
        using var response = await api.GetAsync($"search?q={Uri.EscapeDataString(query)}{filters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static long[] HitIds(this JsonObject page) => [.. page["items"]!.AsArray().Select(hit => hit!["id"]!.GetValue<long>())];

    public static async Task<long[]> FindAsync(this ApiSession api, string query, string filters = "") =>
        (await api.SearchAsync(query, filters)).HitIds();

    public static long Id(this JsonObject message) => message["id"]!.GetValue<long>();
}
