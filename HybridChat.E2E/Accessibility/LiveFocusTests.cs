using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// Live updates redraw parts of the page; whatever the keyboard was on keeps the focus.
public class LiveFocusTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Focus_stays_on_a_chat_link_while_a_new_message_redraws_the_conversation_list()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var carl = await arrange.RegisterAsync("carl", "Carl");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var group = await arrange.GroupAsync(ana, "Choir", carl);
        await Page.SignInAsync(ana);
        await Page.OpenChatAsync(chat);
        await MarkAsOldAsync("#conversation-list");
        var groupLink = Page.Locator($"#conversation-item-{group} a");
        await groupLink.FocusAsync();

        await arrange.SendMessageAsync(ben, chat, "Are you there?");

        await Expect(Page.Locator($"#conversation-item-{chat}")).ToContainTextAsync("Are you there?");
        await Expect(Page.Locator("#conversation-list[data-old]")).ToHaveCountAsync(0);
        await Expect(groupLink).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Focus_stays_on_seen_by_while_another_reader_updates_the_receipts()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        using var api = new LiveApi(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var carl = await arrange.RegisterAsync("carl", "Carl");
        var dora = await arrange.RegisterAsync("dora", "Dora");
        var group = await arrange.GroupAsync(ana, "Readers", carl, dora);
        var message = await arrange.SendMessageAsync(ana, group, "Read me");
        await api.MarkReadAsync(carl, group, message);
        await Page.SignInAsync(ana);
        await Page.OpenChatAsync(group);
        var seenBy = Page.Locator($"#conversation-{group}-seen summary");
        await Expect(seenBy).ToHaveTextAsync("Seen by 1");
        await seenBy.FocusAsync();

        await api.MarkReadAsync(dora, group, message);

        await Expect(seenBy).ToHaveTextAsync("Seen by 2");
        await Expect(seenBy).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Focus_stays_on_accept_while_a_new_friend_request_redraws_the_request_list()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        using var api = new LiveApi(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var dora = await arrange.RegisterAsync("dora", "Dora");
        var fay = await arrange.RegisterAsync("fay", "Fay");
        var anaId = await arrange.IdOfAsync(ana);
        var request = await api.AskToBeFriendsAsync(dora, anaId);
        await Page.SignInAsync(ana);
        await Page.GotoAsync("/friends");
        await MarkAsOldAsync("#incoming-requests");
        var accept = Page.Locator($"#friend-request-{request}").GetByRole(AriaRole.Button, new() { Name = "Accept" });
        await accept.FocusAsync();

        await api.AskToBeFriendsAsync(fay, anaId);

        await Expect(Page.Locator("#incoming-requests")).ToContainTextAsync("Fay");
        await Expect(Page.Locator("#incoming-requests[data-old]")).ToHaveCountAsync(0);
        await Expect(accept).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#friend-list")).ToContainTextAsync("Dora");
    }

    // Marks the element as it is now, to tell whether it was redrawn since.
    private async Task MarkAsOldAsync(string selector) =>
        await Page.Locator(selector).EvaluateAsync("element => element.setAttribute('data-old', '')");
}
