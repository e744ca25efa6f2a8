using System.Collections.Concurrent;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Layout;

// The Content-Security-Policy is in force (no inline script, one nonced style) and no page trips
// it: htmx, its SSE extension and the site's scripts all keep working.
public class ContentSecurityPolicyTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task No_page_violates_the_policy_and_live_chat_still_works_under_it()
    {
        var violations = new ConcurrentQueue<string>();
        await Page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                violations.Enqueue($"{Page.Url}: {message.Text}");
            }
        };
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var carl = await arrange.RegisterAsync("carl", "Carl");
        var group = await arrange.GroupAsync(ana, "Under the policy", carl);

        foreach (var path in new[] { "/", "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword" })
        {
            await Page.GotoAsync(path);
        }

        await Page.SignInAsync(ana);
        foreach (var path in new[] { "/", "/conversations", "/friends", "/people?query=ben", "/blocks", "/rooms", "/groups/new", "/profile",
            "/Identity/Account/Manage", "/Identity/Account/Manage/Email", "/Identity/Account/Manage/TwoFactorAuthentication",
            "/Identity/Account/Manage/EnableAuthenticator", "/profile/delete", $"/people/{await arrange.IdOfAsync(ben)}",
            $"/conversations/{group}/members", $"/conversations/{group}" })
        {
            await Page.GotoAsync(path);
            // The live stream is open: htmx and its SSE extension ran under the policy.
            await Page.WaitForFunctionAsync("() => document.getElementById('live-stream')?._htmx?.sse?.status === 200");
        }

        var (_, benPage) = await AnotherPersonAsync();
        await benPage.SignInAsync(ben);
        await benPage.OpenChatAsync(chat);
        await Page.OpenChatAsync(chat);
        await Page.SendAsync("sent under the policy");
        await Expect(benPage.Messages(chat)).ToContainTextAsync("sent under the policy");

        Assert.Empty(violations);
    }
}
