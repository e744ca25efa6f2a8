namespace HybridChat.E2E.Infrastructure;

// What a person does with the account pages, in the words the pages use.
public static class AccountPages
{
    public const string Password = "correct horse battery";

    public static async Task RegisterAsync(this IPage page, string userName, string displayName)
    {
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Email").FillAsync($"{userName}@example.test");
        await page.GetByLabel("Display name").FillAsync(displayName);
        await PasswordField(page).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
    }

    public static async Task SignInAsync(this IPage page, string userNameOrEmail)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("User name or email").FillAsync(userNameOrEmail);
        await PasswordField(page).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
    }

    public static async Task LogOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ToBeVisibleAsync();
    }

    private static ILocator PasswordField(IPage page) => page.GetByLabel("Password", new() { Exact = true });

    public static ILocator Greeting(this IPage page, string displayName) =>
        page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {displayName}", Level = 1 });
}
