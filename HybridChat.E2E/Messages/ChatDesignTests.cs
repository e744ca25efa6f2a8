using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Messages;

// The chat screen as people use it: a menu of actions per message, one reaction picker, the
// "new messages" pill, and one pane at a time on a phone.
public class ChatDesignTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task The_actions_menu_opens_from_the_keyboard_and_the_mouse_closes_with_Escape_and_hides_while_editing()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await arrange.SendMessageAsync(ana, chat, "Lunch at noon");
        var (_, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await Page.OpenChatAsync(chat);
        await benPage.OpenChatAsync(chat);
        var message = Page.Messages(chat).Locator(".message").First;
        var menu = message.Locator(".message-menu");
        var edit = message.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true });
        await Expect(edit).ToBeHiddenAsync();

        await Page.Messages(chat).FocusAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(menu.Locator("summary")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(edit).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "React", Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(edit).ToBeHiddenAsync();
        await Expect(menu.Locator("summary")).ToBeFocusedAsync();

        await Page.Mouse.MoveAsync(0, 0);
        await message.HoverAsync();
        await menu.Locator("summary").ClickAsync();
        await Expect(edit).ToBeVisibleAsync();
        await edit.ClickAsync();
        var editor = Page.GetByRole(AriaRole.Textbox, new() { Name = "Edit message" });
        await Expect(editor).ToBeVisibleAsync();
        await Expect(menu).ToBeHiddenAsync();
        await editor.FillAsync("Lunch at one");
        await editor.PressAsync("Enter");
        await Expect(benPage.Messages(chat).Locator(".message").First).ToContainTextAsync("Lunch at one");
        await Expect(Page.Messages(chat).Locator(".message .message-menu summary")).ToBeAttachedAsync();

        var bensCopy = benPage.Messages(chat).Locator(".message").First;
        await bensCopy.HoverAsync();
        await bensCopy.Locator(".message-menu summary").ClickAsync();
        await Expect(bensCopy.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true })).ToBeVisibleAsync();
        await Expect(bensCopy.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true })).ToBeHiddenAsync();
        await Expect(bensCopy.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_one_reaction_picker_reacts_to_the_message_it_was_opened_for()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await Page.SendAsync("first");
        await Page.SendAsync("second");
        await Page.SendAsync("third");
        var messages = benPage.Messages(chat).Locator(".message");
        await Expect(messages).ToHaveCountAsync(3);
        await Expect(benPage.Locator(".reaction-picker")).ToHaveCountAsync(1);

        await messages.Nth(1).ChooseActionAsync("React");
        var picker = benPage.ReactionPicker();
        await Expect(picker).ToBeVisibleAsync();
        await Expect(picker.GetByRole(AriaRole.Button, new() { Name = "thumbs up", Exact = true })).ToBeFocusedAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "party popper", Exact = true }).ClickAsync();

        await Expect(picker).ToBeHiddenAsync();
        await Expect(Page.Messages(chat).Locator(".message").Nth(1).Locator("button.reaction", new() { HasText = "🎉" })).ToBeVisibleAsync();
        await Expect(messages.Nth(1).Locator("button.reaction", new() { HasText = "🎉" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(messages.Nth(0).Locator("button.reaction")).ToHaveCountAsync(0);
        await Expect(messages.Nth(2).Locator("button.reaction")).ToHaveCountAsync(0);

        await messages.Nth(2).ChooseActionAsync("React");
        await benPage.Keyboard.PressAsync("Escape");
        await Expect(picker).ToBeHiddenAsync();
        await messages.Nth(2).ChooseActionAsync("React");
        await benPage.Keyboard.PressAsync("Enter");
        await Expect(Page.Messages(chat).Locator(".message").Nth(2).Locator("button.reaction", new() { HasText = "👍" })).ToBeVisibleAsync();
        await Expect(messages.Nth(1).Locator("button.reaction")).ToHaveCountAsync(1);
        await Expect(messages.Nth(0).Locator("button.reaction")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task New_messages_arriving_while_reading_history_show_a_pill_that_jumps_to_the_newest()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        for (var i = 0; i < 40; i++)
        {
            await arrange.SendMessageAsync(ben, chat, $"history {i}");
        }

        await Page.SignInAsync(ana);
        await Page.OpenChatAsync(chat);
        var list = Page.Messages(chat);
        var pill = Page.GetByRole(AriaRole.Button, new() { Name = "new message" });
        await list.EvaluateAsync("list => list.scrollTop = list.scrollHeight");
        await Expect(list.Locator(".message", new() { HasText = "history 39" })).ToBeInViewportAsync();

        await arrange.SendMessageAsync(ben, chat, "while at the bottom");
        await Expect(list.Locator(".message", new() { HasText = "while at the bottom" })).ToBeInViewportAsync();
        await Expect(pill).ToBeHiddenAsync();

        await list.EvaluateAsync("list => list.scrollTop = 0");
        await Expect(list.Locator(".message", new() { HasText = "while at the bottom" })).Not.ToBeInViewportAsync();
        await arrange.SendMessageAsync(ben, chat, "are you there?");
        await arrange.SendMessageAsync(ben, chat, "hello?");

        await Expect(pill).ToHaveTextAsync("2 new messages");
        var newest = list.Locator(".message", new() { HasText = "hello?" });
        await Expect(newest).Not.ToBeInViewportAsync();
        Assert.True(await list.EvaluateAsync<bool>("list => list.scrollTop < list.scrollHeight - list.clientHeight - 200"));
        await pill.ClickAsync();
        await Expect(newest).ToBeInViewportAsync();
        await Expect(pill).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_chat_fills_the_window_beside_the_list_and_a_phone_shows_one_pane_with_a_way_back()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await Page.SendAsync("Hi Ben");
        var list = Page.GetByRole(AriaRole.Navigation, new() { Name = "Conversations" });
        await Expect(list).ToBeVisibleAsync();
        var viewport = Page.ViewportSize!;
        var composer = (await Page.Composer().BoundingBoxAsync())!;
        Assert.InRange(composer.Y + composer.Height, viewport.Height - 120, viewport.Height);
        var messages = (await Page.Messages(chat).BoundingBoxAsync())!;
        Assert.True(messages.Width > viewport.Width / 2, $"The messages are {messages.Width}px wide in a {viewport.Width}px window.");

        await benPage.SetViewportSizeAsync(390, 844);
        await benPage.ReloadAsync();
        await Expect(benPage.Messages(chat)).ToContainTextAsync("Hi Ben");
        await Expect(benPage.GetByRole(AriaRole.Navigation, new() { Name = "Conversations" })).ToBeHiddenAsync();
        await Expect(benPage.Composer()).ToBeInViewportAsync();
        var back = benPage.GetByRole(AriaRole.Link, new() { Name = "Back to chats" });
        await Expect(back).ToBeVisibleAsync();
        await back.ClickAsync();

        var bensList = benPage.GetByRole(AriaRole.Navigation, new() { Name = "Conversations" });
        await Expect(bensList).ToBeVisibleAsync();
        await Expect(benPage.Messages(chat)).ToHaveCountAsync(0);
        await bensList.Locator($"#conversation-item-{chat} a").ClickAsync();
        await Expect(benPage.Composer()).ToBeVisibleAsync();
        await Expect(bensList).ToBeHiddenAsync();
    }
}
