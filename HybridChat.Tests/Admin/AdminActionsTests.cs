using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

public class AdminActionsTests(AdminApp admins) : IClassFixture<AdminApp>
{
    private ChatApp App => admins.App;

    [Fact]
    public async Task Resetting_two_factor_lets_the_user_sign_in_with_the_password_alone()
    {
        var (userName, _) = await App.TwoFactorAccountAsync();
        using var admin = await admins.AdminSessionAsync();
        Assert.Contains("Two-factor", (await admin.GetPageAsync($"/admin/users?query={userName}")).AccountCard(userName)!.TextContent, StringComparison.Ordinal);

        await admin.ActOnAndReturnAsync(userName, "two-factor/reset");

        using var browser = App.NewSession();
        using (var loggedIn = await browser.LogInAsync(userName))
        {
            Assert.Equal("/", loggedIn.Headers.Location?.OriginalString);
        }

        await browser.GetPageAsync("/profile");
        using var api = App.NewApiSession();
        await api.SignInAsync(userName);
        var card = (await admin.GetPageAsync($"/admin/users?query={userName}")).AccountCard(userName)!;
        Assert.DoesNotContain("Two-factor", card.QuerySelector(".admin-flags")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promoting_gives_access_on_the_next_request_and_demoting_takes_it_away()
    {
        using var person = App.NewSession();
        var userName = await person.SignUpAsync("helper");
        await person.GetPageAsync("/admin", HttpStatusCode.NotFound);
        using var admin = await admins.AdminSessionAsync();

        await admin.ActOnAndReturnAsync(userName, "promote");

        await person.GetPageAsync("/admin");
        Assert.NotNull((await person.GetPageAsync("/profile")).QuerySelector("a[href='/admin']"));

        await admin.ActOnAndReturnAsync(userName, "demote");

        await person.GetPageAsync("/admin", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_admin_action_is_in_the_audit_log_newest_first()
    {
        using var person = App.NewSession();
        var userName = await person.SignUpAsync("audited");
        using var admin = await admins.AdminSessionAsync();

        await admin.ActOnAndReturnAsync(userName, "lock");
        await admin.ActOnAndReturnAsync(userName, "unlock");
        await admin.ActOnAndReturnAsync(userName, "promote");

        var log = await admin.GetPageAsync("/admin/audit");
        var entries = log.QuerySelectorAll(".audit-entry").Where(e => e.TextContent.Contains(userName, StringComparison.Ordinal)).ToList();
        Assert.Equal(["Promoted", "Unlocked", "Locked"], entries.Select(e => e.GetAttribute("data-action")));
        Assert.All(entries, e => Assert.StartsWith(admins.AdminName, e.QuerySelector("strong")!.TextContent, StringComparison.Ordinal));
        Assert.Contains($"made {userName} an admin", System.Text.RegularExpressions.Regex.Replace(entries[0].TextContent, @"\s+", " "), StringComparison.Ordinal);
        var all = log.QuerySelectorAll(".audit-entry");
        var configured = all[all.Length - 1];
        Assert.Equal("configuration", configured.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public async Task Search_finds_accounts_by_user_name_display_name_or_email()
    {
        var stem = AccountSteps.UniqueName("zq");
        using var first = App.NewSession();
        using (await first.RegisterAsync($"{stem}a", email: $"mail-{stem}@example.test"))
        {
        }

        using var other = App.NewSession();
        await other.SignUpAsync("unrelated");
        using var admin = await admins.AdminSessionAsync();

        var byName = await admin.GetPageAsync($"/admin/users?query={stem.ToUpperInvariant()}");
        Assert.Equal([$"{stem}a"], byName.QuerySelectorAll("article.admin-account h2").Select(h => h.TextContent.Trim()));
        var byEmail = await admin.GetPageAsync($"/admin/users?query=mail-{stem}");
        Assert.Equal([$"{stem}a"], byEmail.QuerySelectorAll("article.admin-account h2").Select(h => h.TextContent.Trim()));
        var nobody = await admin.GetPageAsync("/admin/users?query=no-such-person-anywhere");
        Assert.Empty(nobody.QuerySelectorAll("article.admin-account"));
    }

    [Fact]
    public async Task The_list_pages_through_every_account()
    {
        for (var i = 0; i < 26; i++)
        {
            using var session = App.NewSession();
            await session.SignUpAsync("many");
        }

        using var admin = await admins.AdminSessionAsync();
        var first = await admin.GetPageAsync("/admin/users");
        Assert.Equal(25, first.QuerySelectorAll("article.admin-account").Length);
        var next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var second = await admin.GetPageAsync(next);
        Assert.NotEmpty(second.QuerySelectorAll("article.admin-account"));
        Assert.Empty(second.QuerySelectorAll("article.admin-account").Select(a => a.Id).Intersect(first.QuerySelectorAll("article.admin-account").Select(a => a.Id)));
        Assert.NotNull(second.QuerySelector("a[rel='prev']"));
    }
}
