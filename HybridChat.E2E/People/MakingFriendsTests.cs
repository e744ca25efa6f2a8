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
        await Page.TrackLiveStreamAsync();
        await benPage.TrackLiveStreamAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await benPage.GotoAsync("/friends");
        await benPage.MarkAsync();
        await benPage.WaitForLiveStreamAsync();

        await Page.FindAsync(ben);
        await Page.PersonCard("Ben Okafor").ClickButtonAsync("Add friend");
        await Expect(Page.PersonCard("Ben Okafor")).ToContainTextAsync("Friend request sent");
        await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("people.png"), FullPage = true });

        await Expect(benPage.RequestsBadge()).ToHaveTextAsync("1");
        await Expect(benPage.IncomingRequests().PersonCard("Ana Lima")).ToBeVisibleAsync();
        await benPage.ScreenshotAsync(new() { Path = Artifacts.PathFor("friends.png"), FullPage = true });
        await Page.GotoAsync("/friends");
        await Page.MarkAsync();
        await Page.WaitForLiveStreamAsync();
        await Expect(Page.SentRequests().PersonCard("Ben Okafor")).ToBeVisibleAsync();

        await benPage.IncomingRequests().PersonCard("Ana Lima").ClickButtonAsync("Accept");

        await Expect(benPage.FriendList().PersonCard("Ana Lima")).ToBeVisibleAsync();
        await Expect(benPage.RequestsBadge()).ToHaveCountAsync(0);
        await Expect(Page.FriendList().PersonCard("Ben Okafor")).ToBeVisibleAsync();
        await Expect(Page.SentRequests().PersonCard("Ben Okafor")).ToHaveCountAsync(0);
        Assert.True(await benPage.StillMarkedAsync());
        Assert.True(await Page.StillMarkedAsync());

        await Page.FriendList().PersonCard("Ben Okafor").ClickButtonAsync("Chat");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/conversations/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_blocked_can_no_longer_find_or_ask_the_blocker()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana Reyes");
        var ben = await arrange.RegisterAsync("ben", "Ben Stone");
        var (_, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await benPage.FindAsync(ana);
        await Expect(benPage.PersonCard("Ana Reyes")).ToBeVisibleAsync();

        await Page.FindAsync(ben);
        await Page.PersonCard("Ben Stone").ClickButtonAsync("Block");
        await Expect(Page.PersonCard("Ben Stone").GetByRole(AriaRole.Button, new() { Name = "Unblock" })).ToBeVisibleAsync();

        await benPage.PersonCard("Ana Reyes").ClickButtonAsync("Add friend");
        await Expect(benPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "not available" })).ToBeVisibleAsync();
        await benPage.FindAsync(ana);
        await Expect(benPage.Locator("#people-results")).ToContainTextAsync(PeoplePages.NothingFound);
        await Page.GotoAsync("/friends");
        await Expect(Page.IncomingRequests()).ToContainTextAsync("Nobody is waiting for your answer.");
    }
}
