using System.Text.RegularExpressions;

namespace HybridChat.E2E.People;

// What a person does on the people and friends pages, in the words the pages use.
public static class PeoplePages
{
    public static async Task FindAsync(this IPage page, string query)
    {
        await page.GotoAsync("/people");
        await page.GetByLabel("Name or user name").FillAsync(query);
    }

    // A person's card: an article named by the person's display name.
    public static ILocator PersonCard(this IPage page, string displayName) =>
        page.GetByRole(AriaRole.Article, new() { Name = displayName, Exact = true });

    public static ILocator PersonCard(this ILocator within, string displayName) =>
        within.GetByRole(AriaRole.Article, new() { Name = displayName, Exact = true });

    public static Task ClickButtonAsync(this ILocator card, string button) =>
        card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public static ILocator IncomingRequests(this IPage page) => page.Locator("#incoming-requests");

    public static ILocator SentRequests(this IPage page) => page.Locator("#outgoing-requests");

    public static ILocator FriendList(this IPage page) => page.Locator("#friend-list");

    public static ILocator RequestsBadge(this IPage page) => page.Locator("#friend-requests-badge .badge");

    // The page stays the same document: a reload would clear this mark.
    public static Task MarkAsync(this IPage page) => page.EvaluateAsync("window.notReloaded = true");

    public static Task<bool> StillMarkedAsync(this IPage page) => page.EvaluateAsync<bool>("window.notReloaded === true");

    // Live updates only reach a page whose stream is open; every new document notes when it opens.
    public static Task TrackLiveStreamAsync(this IPage page) => page.Context.AddInitScriptAsync(
        "document.addEventListener('htmx:sse:after:connection', () => { window.liveConnected = true; });");

    // A function, not an expression: Playwright polls an expression with eval, which the page's CSP refuses.
    public static Task WaitForLiveStreamAsync(this IPage page) => page.WaitForFunctionAsync("() => window.liveConnected === true");

    public static readonly Regex NothingFound = new("Nobody matches", RegexOptions.None, TimeSpan.FromSeconds(1));
}
