using System.Net;
using HybridChat.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Jobs;

// A web node without a job server only writes the outbox; a jobs-only node on the same database
// serves nothing over HTTP and does the work.
public class JobsOnlyNodeTests
{
    [Fact]
    public async Task A_jobs_only_node_serves_no_pages_and_sends_what_a_web_node_without_jobs_wrote()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));
        await using var web = new ChatApp { DataDirectory = dataDirectory, KeepDataDirectory = true };
        web.Settings["Jobs:RunServer"] = "false";
        using var api = web.NewApiSession();
        var userName = await api.SignUpAsync("split");
        using (await api.PostAsync("auth/forgot-password", new { email = $"{userName}@example.test" }))
        {
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await web.InDatabaseAsync(db => db.OutboxEmails.CountAsync(e => e.SentAt == null)));

        await using var jobs = new ChatApp { DataDirectory = dataDirectory };
        jobs.Settings["Jobs:JobsOnly"] = "true";
        using var client = jobs.CreateClient();
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var me = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, me.StatusCode);

        var mail = Assert.Single(await jobs.MailsToAsync($"{userName}@example.test"));
        Assert.Equal("Reset your HybridChat password", mail.Subject);
    }
}
