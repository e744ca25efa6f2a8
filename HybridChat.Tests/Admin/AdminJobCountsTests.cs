using System.Globalization;
using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;

namespace HybridChat.Tests.Admin;

public class AdminJobCountsTests
{
    [Fact]
    public async Task The_overview_counts_a_job_that_failed_for_good_and_links_to_the_dashboard()
    {
        await using var smtp = new MailDev();
        await using var app = new ChatApp();
        var adminName = AccountSteps.UniqueName("root");
        app.Settings["Admin:Users:0"] = adminName;
        // SMTP is configured but never started, and a failed send is not retried: it fails for good.
        smtp.Configure(app);
        app.Settings["Jobs:RetryAttempts"] = "0";
        using var admin = app.NewSession();
        using (await admin.RegisterAsync(adminName))
        {
        }

        Assert.Equal(0, await FailedJobsAsync(admin));
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("forgetful");
        using (var forgot = await api.PostAsync("auth/forgot-password", new { email = $"{userName}@example.test" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        }

        await JobSteps.EventuallyAsync(async () => await FailedJobsAsync(admin) == 1, "the overview counts the failed send");
        var overview = await admin.GetPageAsync("/admin");
        Assert.NotNull(overview.QuerySelector("#count-jobs-queued"));
        Assert.NotNull(overview.QuerySelector("a[href='/admin/jobs']"));
    }

    private static async Task<int> FailedJobsAsync(WebSession admin)
    {
        var overview = await admin.GetPageAsync("/admin");
        return int.Parse(overview.QuerySelector("#count-jobs-failed")!.TextContent, CultureInfo.InvariantCulture);
    }
}
