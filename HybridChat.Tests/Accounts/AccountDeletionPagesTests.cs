using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class AccountDeletionPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_profile_links_to_downloading_the_data_and_deleting_the_account()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var profile = await session.GetPageAsync("/profile");

        Assert.NotNull(profile.QuerySelector("a[href='/profile/export']"));
        Assert.NotNull(profile.QuerySelector("a[href='/profile/delete']"));
    }

    [Fact]
    public async Task Deleting_the_account_asks_for_the_password()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var page = await session.OpenAndSubmitAsync("/profile/delete", "#delete-account-form",
            new Dictionary<string, string> { ["Password"] = "not my password" }, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("That password is not right.", page.FieldError("Password"));
        await session.GetPageAsync("/profile");
    }

    [Fact]
    public async Task Deleting_the_account_ends_every_browser_session_and_the_name_no_longer_logs_in()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        using var otherBrowser = app.NewSession();
        using (var loggedIn = await otherBrowser.LogInAsync(userName))
        {
            Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        }

        var done = await session.OpenAndSubmitAsync("/profile/delete", "#delete-account-form",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password }, HttpStatusCode.OK);

        Assert.Contains("deleted", done.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        await session.GetPageAsync("/profile", HttpStatusCode.Redirect);
        await otherBrowser.GetPageAsync("/profile", HttpStatusCode.Redirect);
        using var again = await otherBrowser.LogInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not right", (await WebSession.ParseAsync(again)).QuerySelector(".form-errors")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_friend_still_reads_the_chat_on_the_web_with_the_author_shown_as_Deleted_user()
    {
        var (ana, ben, chatId) = await app.TwoFriendsInAChatAsync();
        using (ana)
        using (ben)
        {
            await ben.SendAsync(chatId, "Goodbye, and thanks.");
            using var deleted = await ben.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { password = AccountSteps.Password }),
            });
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

            using var browser = app.NewSession();
            using (var loggedIn = await browser.LogInAsync(ana.UserName!))
            {
                Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
            }

            var page = await browser.GetPageAsync($"/conversations/{chatId}");
            var message = page.QuerySelectorAll(".message").Single();
            Assert.Equal("Deleted user", message.QuerySelector(".author")?.TextContent.Trim());
            Assert.Contains("Goodbye, and thanks.", message.TextContent, StringComparison.Ordinal);
            Assert.Contains("deleted their account", page.QuerySelector(".notice.blocked")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Download_my_data_is_a_json_file_of_the_profile()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();

        using var response = await session.Client.GetAsync("/profile/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hybridchat-data.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(userName, data["profile"]!["userName"]!.GetValue<string>());
        Assert.Empty(data["messagesSent"]!.AsArray());
    }
}
