using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.People;

public class MakingFriendsTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_request_accepted_live_makes_two_friends_without_reloading()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana Lima");
        var ben = await arrange.RegisterAsync("ben", "Ben Okafor");
        var (_, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await benPage.GotoAsync("/friends");
        await benPage.MarkAsync();
        await benPage.WaitForLiveStreamAsync();

        await Page.FindAsync(ben);
        await Page.PersonCard("Ben Okafor").PressAsync("Add friend");
        await Expect(Page.PersonCard("Ben Okafor")).ToContainTextAsync("Friend request sent");

        await Expect(benPage.RequestsBadge()).ToHaveTextAsync("1");
        await Expect(benPage.IncomingRequests().PersonCard("Ana Lima")).ToBeVisibleAsync();
        await Page.GotoAsync("/friends");
        await Page.MarkAsync();
        await Page.WaitForLiveStreamAsync();
        await Expect(Page.SentRequests().PersonCard("Ben Okafor")).ToBeVisibleAsync();

        await benPage.IncomingRequests().PersonCard("Ana Lima").PressAsync("Accept");

        await Expect(benPage.FriendList().PersonCard("Ana Lima")).ToBeVisibleAsync();
        await Expect(benPage.RequestsBadge()).ToHaveCountAsync(0);
        await Expect(Page.FriendList().PersonCard("Ben Okafor")).ToBeVisibleAsync();
        await Expect(Page.SentRequests().PersonCard("Ben Okafor")).ToHaveCountAsync(0);
        await Expect(Page.FriendList().PersonCard("Ben Okafor").GetByRole(AriaRole.Link, new() { Name = "Chat" })).ToBeVisibleAsync();
        Assert.True(await benPage.StillMarkedAsync());
        Assert.True(await Page.StillMarkedAsync());
    }

    [Fact]
    public async Task Someone_blocked_can_no_longer_find_or_ask_the_blocker()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana Blocker");
        var ben = await arrange.RegisterAsync("ben", "Ben Blocked");
        var (_, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await benPage.FindAsync(ana);
        await Expect(benPage.PersonCard("Ana Blocker")).ToBeVisibleAsync();

        await Page.FindAsync(ben);
        await Page.PersonCard("Ben Blocked").PressAsync("Block");
        await Expect(Page.PersonCard("Ben Blocked")).ToContainTextAsync("Blocked");

        await benPage.PersonCard("Ana Blocker").PressAsync("Add friend");
        await Expect(benPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "not available" })).ToBeVisibleAsync();
        await benPage.FindAsync(ana);
        await Expect(benPage.Locator("#people-results")).ToContainTextAsync(PeoplePages.NothingFound);
        await Page.GotoAsync("/friends");
        await Expect(Page.IncomingRequests()).ToContainTextAsync("Nobody is waiting for your answer.");
    }
}
