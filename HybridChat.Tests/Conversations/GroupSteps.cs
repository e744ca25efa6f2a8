using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

// A group with one person in each role: Olga owns it, Adam is an admin, Mia and Max are members.
public sealed record Group(int Id, ApiPerson Owner, ApiPerson Admin, ApiPerson Member, ApiPerson OtherMember) : IDisposable
{
    public void Dispose()
    {
        foreach (var person in new[] { Owner, Admin, Member, OtherMember })
        {
            person.Dispose();
        }
    }
}

public static class GroupSteps
{
    public static async Task<Group> GroupWithEveryRoleAsync(this ChatApp app, string visibility = "private")
    {
        var owner = await ApiPerson.SignUpAsync(app, "olga");
        var admin = await ApiPerson.SignUpAsync(app, "adam");
        var member = await ApiPerson.SignUpAsync(app, "mia");
        var other = await ApiPerson.SignUpAsync(app, "max");
        var id = await owner.CreateGroupAsync($"Group {Guid.NewGuid():N}", visibility, admin, member, other);
        using var promoted = await owner.SetRoleAsync(id, admin, "admin");
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        return new Group(id, owner, admin, member, other);
    }

    // Befriends everyone first: only friends can be put in a group.
    public static async Task<int> CreateGroupAsync(this ApiPerson owner, string title, string visibility, params ApiPerson[] members)
    {
        ArgumentNullException.ThrowIfNull(owner);
        foreach (var member in members)
        {
            await owner.BecomeFriendsAsync(member);
        }

        using var created = await owner.PostAsync("conversations/groups", new { title, visibility, memberIds = members.Select(m => m.Id) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync())["id"]!.GetValue<int>();
    }

    public static Task<HttpResponseMessage> AddAsync(this ApiPerson actor, int groupId, ApiPerson who) =>
        actor.PostAsync($"conversations/{groupId}/members", new { userId = who.Id });

    public static Task<HttpResponseMessage> SetRoleAsync(this ApiPerson actor, int groupId, ApiPerson who, string role) =>
        actor.Api.PatchAsync($"conversations/{groupId}/members/{who.Id}", new { role });

    public static Task<HttpResponseMessage> RemoveAsync(this ApiPerson actor, int groupId, ApiPerson who) =>
        actor.DeleteAsync($"conversations/{groupId}/members/{who.Id}");

    public static Task<HttpResponseMessage> LeaveAsync(this ApiPerson person, int groupId) => person.RemoveAsync(groupId, person);

    public static Task<HttpResponseMessage> ReviseAsync(this ApiPerson actor, int groupId, object changes) =>
        actor.Api.PatchAsync($"conversations/{groupId}", changes);

    public static async Task<string> NewJoinCodeAsync(this ApiPerson actor, int groupId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var response = await actor.PostAsync($"conversations/{groupId}/join-code");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["code"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> JoinWithCodeAsync(this ApiPerson person, string code) =>
        person.PostAsync("conversations/join", new { code });

    // Each member's role by user id, as a member of the group sees it.
    public static async Task<Dictionary<int, string>> RolesAsync(this ApiPerson viewer, int groupId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var group = await viewer.JsonAsync($"conversations/{groupId}");
        return group["members"]!.AsArray().ToDictionary(m => m!["user"]!["id"]!.GetValue<int>(), m => m!["role"]!.GetValue<string>());
    }

    public static async Task<bool> SeesAsync(this ApiPerson person, int groupId)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var response = await person.GetAsync($"conversations/{groupId}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task<JsonObject> RoomsAsync(this ApiPerson viewer, string query, string? cursor = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var path = $"conversations/public?query={Uri.EscapeDataString(query)}&limit={limit}";
        return await viewer.JsonAsync(cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}");
    }

    public static string[] Titles(this JsonObject page) =>
        [.. page["items"]!.AsArray().Select(room => room!["title"]!.GetValue<string>())];
}
