namespace HybridChat.E2E.Infrastructure;

// What a person does on the chat screen.
public static class ChatPages
{
    public static async Task OpenChatAsync(this IPage page, int conversationId)
    {
        await page.GotoAsync($"/conversations/{conversationId}");
        await Expect(page.Composer()).ToBeVisibleAsync();
    }

    public static async Task SendAsync(this IPage page, string text)
    {
        var composer = page.Composer();
        await composer.FillAsync(text);
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("");
    }

    public static ILocator Composer(this IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true });

    // Opens a message's actions menu ("…", shown on hover) and chooses one.
    public static async Task ChooseActionAsync(this ILocator message, string action)
    {
        ArgumentNullException.ThrowIfNull(message);
        await message.HoverAsync();
        await message.Locator(".message-menu summary").ClickAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
    }

    public static ILocator ReactionPicker(this IPage page) => page.GetByRole(AriaRole.Dialog, new() { Name = "Add a reaction" });

    public static ILocator Messages(this IPage page, int conversationId) => page.Locator($"#conversation-{conversationId}-messages");
}
