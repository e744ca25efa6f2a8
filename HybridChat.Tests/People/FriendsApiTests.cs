using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class FriendsApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_friends_list_shows_each_friend_with_presence_as_their_setting_allows()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var cyd = await ApiPerson.SignUpAsync(app, "cyd");
        await ana.BecomeFriendsAsync(ben);
        await cyd.BecomeFriendsAsync(ana);
        (await cyd.Api.PatchAsync("me", new { lastSeenVisibility = "nobody" })).Dispose();

        var friends = (await ana.JsonAsync("friends"))["items"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<int>(), f => f!.AsObject());

        Assert.Equal([ben.Id, cyd.Id], friends.Keys.Order());
        Assert.Equal(ben.UserName, friends[ben.Id]["userName"]!.GetValue<string>());
        Assert.False(friends[ben.Id]["isOnline"]!.GetValue<bool>());
        Assert.Null(friends[cyd.Id]["isOnline"]);
        Assert.Null(friends[cyd.Id]["lastSeenAt"]);
    }

    [Fact]
    public async Task Removing_a_friend_ends_it_for_both_and_removing_again_is_404()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);

        using var removed = await ben.DeleteAsync($"friends/{ana.Id}");
        using var again = await ana.DeleteAsync($"friends/{ben.Id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ana.FriendIdsAsync());
        Assert.Empty(await ben.FriendIdsAsync());
        Assert.Equal("none", await ana.RelationshipToAsync(ben));
        await ana.SendRequestAsync(ben);
    }

    [Fact]
    public async Task Removing_someone_who_is_not_a_friend_is_404()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");

        using var stranger = await ana.DeleteAsync($"friends/{ben.Id}");
        using var nobody = await ana.DeleteAsync("friends/999999");

        await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        await nobody.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
