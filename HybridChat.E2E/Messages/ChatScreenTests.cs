using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Messages;

public class ChatScreenTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task Three_friends_chat_in_a_group_with_live_unread_badges_and_seen_by()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var cleo = await arrange.RegisterAsync("cleo", "Cleo");
        var group = await arrange.GroupAsync(ana, "Climbing trip", ben, cleo);
        var (_, benPage) = await AnotherPersonAsync();
        var (_, cleoPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await cleoPage.SignInAsync(cleo);
        await Page.OpenChatAsync(group);
        await benPage.OpenChatAsync(group);
        await cleoPage.GotoAsync("/conversations");

        await Page.SendAsync("Who brings the rope?");

        await Expect(benPage.Messages(group)).ToContainTextAsync("Who brings the rope?");
        var cleosEntry = cleoPage.Locator($"#conversation-item-{group}");
        await Expect(cleosEntry.Locator(".badge")).ToHaveTextAsync("1");
        await Expect(cleosEntry).ToContainTextAsync("Ana: Who brings the rope?");
        await Expect(Page.Locator(".seen-by")).ToContainTextAsync("Seen by 1");

        await benPage.SendAsync("I do.\nAnd the quickdraws: https://example.com/gear");
        await Expect(Page.Messages(group)).ToContainTextAsync("And the quickdraws");
        await Expect(Page.Messages(group).GetByRole(AriaRole.Link, new() { Name = "https://example.com/gear" })).ToBeVisibleAsync();
        await Expect(cleosEntry.Locator(".badge")).ToHaveTextAsync("2");

        await cleosEntry.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(cleoPage.Messages(group).Locator(".message")).ToHaveCountAsync(2);
        await Expect(Page.Locator(".seen-by summary")).ToHaveTextAsync("Seen by 2");

        await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("chat-desktop.png"), FullPage = true });
        await benPage.SetViewportSizeAsync(390, 844);
        await benPage.ReloadAsync();
        await Expect(benPage.Messages(group)).ToContainTextAsync("I do.");
        await benPage.ScreenshotAsync(new() { Path = Artifacts.PathFor("chat-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task A_sender_edits_and_deletes_and_everyone_sees_it_live()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await Page.SendAsync("See you at 5");
        await Page.SendAsync("Wrong chat, sorry");

        var first = Page.Messages(chat).Locator(".message").First;
        await first.ChooseActionAsync("Edit");
        var editor = Page.GetByRole(AriaRole.Textbox, new() { Name = "Edit message" });
        await editor.FillAsync("See you at 6");
        await editor.PressAsync("Enter");
        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Page.Messages(chat).Locator(".message").Nth(1).ChooseActionAsync("Delete");

        var bens = benPage.Messages(chat).Locator(".message");
        await Expect(bens.First).ToContainTextAsync("See you at 6");
        await Expect(bens.First).ToContainTextAsync("edited");
        await Expect(bens.Nth(1)).ToContainTextAsync("This message was deleted.");
        await Expect(benPage.Messages(chat)).Not.ToContainTextAsync("Wrong chat");
    }
}
