using System.Net;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Jobs;

public class JobsDashboardTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Visitors_do_not_learn_that_the_jobs_dashboard_exists()
    {
        using var visitor = app.NewSession();

        using var response = await visitor.Client.GetAsync(new Uri("/admin/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_people_who_are_not_admins_get_not_found()
    {
        using var session = app.NewSession();
        await session.SignUpAsync("notadmin");

        using var page = await session.Client.GetAsync(new Uri("/admin/jobs", UriKind.Relative));
        using var stats = await session.Client.PostAsync(new Uri("/admin/jobs/stats", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stats.StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_and_its_actions_need_the_antiforgery_token()
    {
        using var session = await AdminSessionAsync();

        using var page = await session.Client.GetAsync(new Uri("/admin/jobs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("HybridChat jobs", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var recurring = await session.Client.GetAsync(new Uri("/admin/jobs/recurring", UriKind.Relative));
        Assert.Contains("presence-repair", await recurring.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var forged = await session.Client.PostAsync(new Uri("/admin/jobs/recurring/trigger", UriKind.Relative),
            new FormUrlEncodedContent([new("jobs[]", "presence-repair")]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    private async Task<WebSession> AdminSessionAsync()
    {
        var session = app.NewSession();
        var userName = await session.SignUpAsync("admin");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = await users.FindByNameAsync(userName);
            await users.AddToRoleAsync(user!, AdminAccess.Role);
        }

        using (await session.LogOutAsync())
        {
        }

        using (await session.LogInAsync(userName))
        {
        }

        return session;
    }
}
