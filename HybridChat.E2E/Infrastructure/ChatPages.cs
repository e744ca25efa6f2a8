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

    public static ILocator Messages(this IPage page, int conversationId) => page.Locator($"#conversation-{conversationId}-messages");
}
