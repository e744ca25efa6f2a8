using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

public class ConfiguredAdminTests
{
    [Fact]
    public async Task An_existing_account_named_in_configuration_is_made_admin_at_start_up()
    {
        await using var before = new ChatApp();
        using var browser = before.NewSession();
        var userName = await browser.SignUpAsync("boss");
        await browser.GetPageAsync("/admin", HttpStatusCode.NotFound);

        await using var restarted = new ChatApp { DataDirectory = before.DataDirectory };
        restarted.Settings["Admin:Users:0"] = userName;
        using var again = restarted.NewSession();
        using (var loggedIn = await again.LogInAsync(userName))
        {
            Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        }

        await again.GetPageAsync("/admin");
    }

    [Fact]
    public async Task Nobody_is_an_admin_without_configuration()
    {
        await using var app = new ChatApp();
        using var first = app.NewSession();
        await first.SignUpAsync("first");

        await first.GetPageAsync("/admin", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_admin_cannot_stop_being_one()
    {
        await using var app = new ChatApp();
        var name = AccountSteps.UniqueName("only");
        app.Settings["Admin:Users:0"] = name;
        using var admin = app.NewSession();
        using (await admin.RegisterAsync(name))
        {
        }

        using var refused = await admin.ActOnAsync(name, "demote");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await WebSession.ParseAsync(refused);
        Assert.Equal("This is the last admin. Make someone else an admin first.", page.AccountCard(name)!.QuerySelector(".field-error")?.TextContent.Trim());
        await admin.GetPageAsync("/admin");
    }
}
