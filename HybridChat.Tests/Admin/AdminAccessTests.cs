using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

public class AdminAccessTests(AdminApp admins) : IClassFixture<AdminApp>
{
    private static readonly string[] AdminPages = ["/admin", "/admin/users", "/admin/audit"];

    private ChatApp App => admins.App;

    [Fact]
    public async Task The_admin_area_is_not_found_by_visitors()
    {
        using var visitor = App.NewSession();

        foreach (var page in AdminPages)
        {
            using var response = await visitor.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_admin_area_is_not_found_by_people_who_are_not_admins_and_they_get_no_link_to_it()
    {
        using var person = App.NewSession();
        await person.SignUpAsync();

        foreach (var page in AdminPages)
        {
            using var response = await person.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var home = await person.GetPageAsync("/profile");
        Assert.Null(home.QuerySelector("a[href='/admin']"));
        using var post = await person.Client.PostAsync("/admin/users/1/lock", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task The_admin_named_in_configuration_is_made_admin_at_sign_up_and_sees_the_counts()
    {
        using var admin = await admins.AdminSessionAsync();

        var profile = await admin.GetPageAsync("/profile");
        Assert.NotNull(profile.QuerySelector("a[href='/admin']"));
        var overview = await admin.GetPageAsync("/admin");
        Assert.True(int.Parse(overview.QuerySelector("#count-users")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotNull(overview.QuerySelector("#count-messages"));
        Assert.NotNull(overview.QuerySelector("#count-conversations"));
        Assert.NotNull(overview.QuerySelector("#count-streams"));
    }

    [Fact]
    public async Task The_open_streams_on_this_server_are_counted()
    {
        using var admin = await admins.AdminSessionAsync();
        using var api = App.NewApiSession();
        await api.SignUpAsync();
        var before = await OpenStreamsAsync(admin);

        await using var stream = await EventStreamClient.OpenAsync(api.Client, api.AccessToken!);

        Assert.Equal(before + 1, await OpenStreamsAsync(admin));
    }

    [Fact]
    public async Task A_name_that_signs_up_through_the_api_is_made_admin_too()
    {
        var name = AccountSteps.UniqueName("late");
        await using var app = new ChatApp();
        app.Settings["Admin:Users:0"] = "somebody-else";
        app.Settings["Admin:Users:1"] = name.ToUpperInvariant();
        using var api = app.NewApiSession();
        using (var registered = await api.PostAsync("auth/register", new { userName = name, email = $"{name}@example.test", password = AccountSteps.Password }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using var web = app.NewSession();
        using (await web.LogInAsync(name))
        {
        }

        await web.GetPageAsync("/admin");
    }

    private static async Task<int> OpenStreamsAsync(WebSession admin) =>
        int.Parse((await admin.GetPageAsync("/admin")).QuerySelector("#count-streams")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
