using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class BlockApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Blocking_a_friend_ends_the_friendship_for_both()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);

        await ana.BlockAsync(ben);

        Assert.Empty(await ana.FriendIdsAsync());
        Assert.Empty(await ben.FriendIdsAsync());
        Assert.Equal("blocked", await ana.RelationshipToAsync(ben));
        Assert.Equal([ben.Id], await ana.IdsAsync("blocks"));
        Assert.Empty(await ben.IdsAsync("blocks"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Blocking_ends_pending_requests_in_both_directions(bool blockerAsked)
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var id = blockerAsked ? await ana.SendRequestAsync(ben) : await ben.SendRequestAsync(ana);

        await ana.BlockAsync(ben);

        Assert.Empty(await ana.RequestIdsAsync(blockerAsked ? "outgoing" : "incoming"));
        Assert.Empty(await ben.RequestIdsAsync(blockerAsked ? "incoming" : "outgoing"));
        using var accepted = await (blockerAsked ? ben : ana).PostAsync($"friend-requests/{id}/accept");
        Assert.True(accepted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict);
        Assert.Empty(await ana.FriendIdsAsync());
    }

    [Fact]
    public async Task A_blocked_user_can_do_nothing_with_the_blocker()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BlockAsync(ben);

        using var page = await ben.GetAsync($"users/{ana.Id}");
        using var ask = await ben.AskAsync(ana);
        using var block = await ben.PutAsync($"blocks/{ana.Id}");
        using var unfriend = await ben.DeleteAsync($"friends/{ana.Id}");
        using var unblock = await ben.DeleteAsync($"blocks/{ana.Id}");

        Assert.DoesNotContain(ana.UserName, await ben.SearchAsync(ana.UserName));
        await page.AssertProblemAsync(HttpStatusCode.NotFound);
        await ask.AssertProblemAsync(HttpStatusCode.NotFound);
        await block.AssertProblemAsync(HttpStatusCode.NotFound);
        await unfriend.AssertProblemAsync(HttpStatusCode.NotFound);
        await unblock.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ana.RequestIdsAsync("incoming"));
        Assert.Equal([ben.Id], await ana.IdsAsync("blocks"));
    }

    [Fact]
    public async Task The_blocker_cannot_ask_whom_they_blocked_until_unblocking()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BlockAsync(ben);

        using var blockedAsk = await ana.AskAsync(ben);
        using var unblocked = await ana.DeleteAsync($"blocks/{ben.Id}");

        await blockedAsk.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, unblocked.StatusCode);
        Assert.Empty(await ana.IdsAsync("blocks"));
        Assert.Equal("none", await ben.RelationshipToAsync(ana));
        await ana.SendRequestAsync(ben);
    }

    [Fact]
    public async Task Blocking_twice_is_fine_and_unblocking_twice_is_404()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BlockAsync(ben);

        await ana.BlockAsync(ben);
        using var unblocked = await ana.DeleteAsync($"blocks/{ben.Id}");
        using var again = await ana.DeleteAsync($"blocks/{ben.Id}");

        Assert.Equal(HttpStatusCode.NoContent, unblocked.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Blocking_yourself_is_400_and_blocking_nobody_is_404()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");

        using var yourself = await ana.PutAsync($"blocks/{ana.Id}");
        using var nobody = await ana.PutAsync("blocks/999999");

        await yourself.AssertProblemAsync(HttpStatusCode.BadRequest);
        await nobody.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ana.IdsAsync("blocks"));
    }
}
