using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public static class PeopleSteps
{
    public static async Task<int> SendRequestAsync(this ApiPerson from, ApiPerson to)
    {
        ArgumentNullException.ThrowIfNull(from);
        using var sent = await from.AskAsync(to);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return (await sent.ReadJsonAsync())["id"]!.GetValue<int>();
    }

    public static async Task BecomeFriendsAsync(this ApiPerson asker, ApiPerson friend)
    {
        ArgumentNullException.ThrowIfNull(friend);
        var requestId = await asker.SendRequestAsync(friend);
        using var accepted = await friend.PostAsync($"friend-requests/{requestId}/accept");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    public static async Task BlockAsync(this ApiPerson blocker, ApiPerson blocked)
    {
        ArgumentNullException.ThrowIfNull(blocker);
        using var response = await blocker.PutAsync($"blocks/{blocked.Id}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public static async Task<string?> RelationshipToAsync(this ApiPerson viewer, ApiPerson other)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return (await viewer.JsonAsync($"users/{other.Id}"))["relationship"]?.GetValue<string>();
    }

    public static async Task<int[]> IdsAsync(this ApiPerson viewer, string path)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return [.. (await viewer.JsonAsync(path))["items"]!.AsArray().Select(item => item!["id"]!.GetValue<int>())];
    }

    public static Task<int[]> FriendIdsAsync(this ApiPerson person) => person.IdsAsync("friends");

    public static Task<int[]> RequestIdsAsync(this ApiPerson person, string direction) => person.IdsAsync($"friend-requests?direction={direction}");

    public static async Task<string[]> SearchAsync(this ApiPerson viewer, string query) =>
        [.. (await viewer.JsonAsync($"users?query={Uri.EscapeDataString(query)}"))["items"]!.AsArray().Select(item => item!["userName"]!.GetValue<string>())];
}
