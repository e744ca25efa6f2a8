using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class BlockPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Blocking_a_friend_from_the_friends_page_ends_the_friendship()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);

        using var blocked = await anaOnTheWeb.PressAsync("/friends", ben.Id, "Block");

        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Null((await anaOnTheWeb.GetPageAsync("/friends")).QuerySelector("#friend-list")!.Card(ben.Id));
        Assert.Equal(["Unblock"], (await anaOnTheWeb.GetPageAsync("/blocks")).Card(ben.Id)!.Buttons());
        Assert.Empty(await ben.FriendIdsAsync());
    }

    [Fact]
    public async Task Unblocking_from_the_blocks_page_lets_them_find_you_again()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BlockAsync(ben);
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);

        using var unblocked = await anaOnTheWeb.PressWithHtmxAsync("/blocks", ben.Id, "Unblock");

        Assert.Equal(["Add friend", "Block"], (await WebSession.ParseAsync(unblocked)).Card(ben.Id)!.Buttons());
        Assert.Contains(ana.UserName, await ben.SearchAsync(ana.UserName));
        Assert.Empty((await anaOnTheWeb.GetPageAsync("/blocks")).QuerySelectorAll(".person"));
    }

    [Fact]
    public async Task Removing_a_friend_from_their_card_ends_the_friendship_for_both()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);

        using var removed = await benOnTheWeb.PressWithHtmxAsync("/friends", ana.Id, "Remove friend");

        Assert.Equal("friend.removed", removed.Headers.GetValues("HX-Trigger").Single());
        Assert.Equal(["Add friend", "Block"], (await WebSession.ParseAsync(removed)).Card(ana.Id)!.Buttons());
        Assert.Empty(await ana.FriendIdsAsync());
    }
}
