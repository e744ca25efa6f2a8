using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Conversations;

public class GroupTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_group_made_in_the_browser_talks_live_until_a_member_is_removed()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var olga = await arrange.RegisterAsync("olga", "Olga");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var cid = await arrange.RegisterAsync("cid", "Cid");
        await arrange.BefriendAsync(olga, ben);
        await arrange.BefriendAsync(olga, cid);
        await Page.SignInAsync(olga);

        var group = await Page.CreateGroupAsync("Weekend trip", "Ben", "Cid");

        var (_, benPage) = await AnotherPersonAsync();
        var (_, cidPage) = await AnotherPersonAsync();
        await benPage.SignInAsync(ben);
        await cidPage.SignInAsync(cid);
        await benPage.OpenChatAsync(group);
        await cidPage.OpenChatAsync(group);
        await Page.SendAsync("Who brings the tent?");
        await Expect(benPage.Messages(group)).ToContainTextAsync("Who brings the tent?");
        await Expect(cidPage.Messages(group)).ToContainTextAsync("Who brings the tent?");
        await benPage.SendAsync("I do");
        await Expect(Page.Messages(group)).ToContainTextAsync("I do");
        await Expect(cidPage.Messages(group)).ToContainTextAsync("I do");

        var members = await Page.Context.NewPageAsync();
        await members.GotoAsync($"/conversations/{group}/members");
        await members.Locator(".member", new() { HasText = "Cid" }).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(members.Locator(".member", new() { HasText = "Cid" })).ToHaveCountAsync(0);

        await Expect(cidPage.GetByText("You were removed from this group.")).ToBeVisibleAsync();
        await benPage.SendAsync("Cid is out");
        await Expect(Page.Messages(group)).ToContainTextAsync("Cid is out");
        await cidPage.WaitForTimeoutAsync(1000);
        await Expect(cidPage.Messages(group)).Not.ToContainTextAsync("Cid is out");
    }
}
