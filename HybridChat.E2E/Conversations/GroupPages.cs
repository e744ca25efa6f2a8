using System.Globalization;

namespace HybridChat.E2E.Conversations;

// What a person does with groups in the browser.
public static class GroupPages
{
    public static async Task<int> CreateGroupAsync(this IPage page, string title, params string[] friends)
    {
        await page.GotoAsync("/rooms");
        await page.GetByRole(AriaRole.Link, new() { Name = "New group" }).ClickAsync();
        await page.GetByLabel("Group name").FillAsync(title);
        foreach (var friend in friends)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = friend }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/conversations/", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        return int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
    }
}
