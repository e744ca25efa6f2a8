using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

public class AccountLockTests(AdminApp admins) : IClassFixture<AdminApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private ChatApp App => admins.App;

    [Fact]
    public async Task Locking_ends_the_web_session_the_api_refresh_and_the_open_streams_at_once()
    {
        using var browser = App.NewSession();
        var userName = await browser.SignUpAsync("locked");
        using var phone = App.NewApiSession();
        await phone.SignInAsync(userName);
        await using var appStream = await EventStreamClient.OpenAsync(phone.Client, phone.AccessToken!);
        await using var pageStream = await EventStreamClient.OpenWebAsync(browser.Client);
        using var admin = await admins.AdminSessionAsync();

        await admin.ActOnAndReturnAsync(userName, "lock");

        Assert.Equal("account-locked", (await appStream.NextAsync("session.expired")).Data["reason"]!.GetValue<string>());
        await appStream.Ended.WaitAsync(Patience);
        await pageStream.Ended.WaitAsync(Patience);
        await browser.GetPageAsync("/profile", HttpStatusCode.Redirect);
        using var refresh = await phone.PostAsync("auth/refresh", new { refreshToken = phone.RefreshToken });
        var problem = await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Refresh token is not valid", problem["title"]!.GetValue<string>());
        using var me = await phone.GetAsync("me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_it_is_unlocked()
    {
        using var browser = App.NewSession();
        var userName = await browser.SignUpAsync("locked");
        using var admin = await admins.AdminSessionAsync();

        await admin.ActOnAndReturnAsync(userName, "lock");

        using (var web = await browser.LogInAsync(userName))
        {
            Assert.Equal("/Identity/Account/Lockout", web.Headers.Location?.OriginalString);
        }

        using var phone = App.NewApiSession();
        using (var token = await phone.PostAsync("auth/token", new { userName, password = AccountSteps.Password }))
        {
            await token.AssertProblemAsync(HttpStatusCode.Locked);
        }

        await admin.ActOnAndReturnAsync(userName, "unlock");

        using (var web = await browser.LogInAsync(userName))
        {
            Assert.Equal("/", web.Headers.Location?.OriginalString);
        }

        await browser.GetPageAsync("/profile");
        await phone.SignInAsync(userName);
    }

    [Fact]
    public async Task The_list_shows_who_is_locked_and_htmx_gets_the_changed_card()
    {
        using var person = App.NewSession();
        var userName = await person.SignUpAsync("card");
        using var admin = await admins.AdminSessionAsync();
        var page = await admin.GetPageAsync($"/admin/users?query={userName}");
        var card = page.AccountCard(userName)!;
        var form = card.QuerySelector("form[action$='/lock']")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action"))
        {
            Content = new FormUrlEncodedContent(form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "")),
        };
        request.Headers.Add("HX-Request", "true");

        using var response = await admin.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await WebSession.ParseAsync(response);
        Assert.Null(fragment.QuerySelector("header.site-header"));
        var changed = fragment.AccountCard(userName)!;
        Assert.Equal(card.Id, changed.Id);
        Assert.Contains("Locked", changed.QuerySelector(".admin-flags")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(changed.QuerySelector("form[action$='/unlock']"));
    }

    [Fact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        using var admin = await admins.AdminSessionAsync();
        var page = await admin.GetPageAsync($"/admin/users?query={admins.AdminName}");
        var card = page.AccountCard(admins.AdminName)!;
        Assert.Null(card.QuerySelector("form[action$='/lock']"));
        var action = card.QuerySelector("form[action$='/promote'], form[action$='/demote']")!.GetAttribute("action")!.Replace("/demote", "/lock", StringComparison.Ordinal);
        var token = card.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var refused = await admin.Client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var answer = await WebSession.ParseAsync(refused);
        Assert.Equal("You cannot lock your own account.", answer.AccountCard(admins.AdminName)!.QuerySelector(".field-error")?.TextContent.Trim());
        await admin.GetPageAsync("/admin");
    }

    [Fact]
    public async Task An_unknown_account_is_not_found()
    {
        using var admin = await admins.AdminSessionAsync();
        var page = await admin.GetPageAsync($"/admin/users?query={admins.AdminName}");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        foreach (var action in new[] { "lock", "unlock", "two-factor/reset", "promote", "demote" })
        {
            using var response = await admin.Client.PostAsync($"/admin/users/987654/{action}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Admin_posts_without_the_antiforgery_token_are_refused()
    {
        using var person = App.NewSession();
        var userName = await person.SignUpAsync("forged");
        using var admin = await admins.AdminSessionAsync();
        var page = await admin.GetPageAsync($"/admin/users?query={userName}");
        var action = page.AccountCard(userName)!.QuerySelector("form[action$='/lock']")!.GetAttribute("action")!;

        using var forged = await admin.Client.PostAsync(action, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await person.GetPageAsync("/profile");
    }
}
