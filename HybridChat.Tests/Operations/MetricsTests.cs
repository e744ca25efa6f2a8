using System.Net;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Operations;

public class MetricsTests
{
    [Fact]
    public async Task Anonymous_visitors_and_signed_in_non_admins_find_no_metrics()
    {
        await using var app = new ChatApp();
        using var anonymous = app.CreateClient();
        using var member = app.NewSession();
        await member.SignUpAsync("member");

        using var asAnonymous = await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var asMember = await member.Client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asMember.StatusCode);
    }

    [Fact]
    public async Task An_admin_reads_the_product_metrics_after_a_message_is_sent_and_delivered()
    {
        await using var app = new ChatApp();
        app.StartKestrel();
        var (ana, ben, chatId) = await app.TwoFriendsInAChatAsync();
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        using var admin = await SignedInAdminAsync(app);

        await ana.SendAsync(chatId, "Counted, never logged");
        await stream.NextAsync("message.created");
        var metrics = await ScrapeUntilAsync(admin.Client, "hybridchat_messages_delivery_latency_seconds_count");

        Assert.Matches(@"(?m)^hybridchat_messages_sent_total(\{[^}]*\})? [1-9]", metrics);
        Assert.Matches(@"(?m)^hybridchat_streams_open(\{[^}]*\})? [1-9]", metrics);
        Assert.Matches(@"(?m)^hybridchat_events_fanned_out_total(\{[^}]*\})? [1-9]", metrics);
        Assert.Contains("hybridchat_messages_delivery_latency_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("Counted, never logged", metrics, StringComparison.Ordinal);
        ana.Dispose();
        ben.Dispose();
    }

    private static async Task<WebSession> SignedInAdminAsync(ChatApp app)
    {
        using (var signUp = app.NewSession())
        {
            var userName = await signUp.SignUpAsync("admin");
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, AdminAccess.Role);
            var admin = app.NewSession();
            using var loggedIn = await admin.LogInAsync(userName);
            Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
            return admin;
        }
    }

    // The exporter caches a scrape briefly; the delivery is recorded once the stream has written it.
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            if (text.Contains(expected, StringComparison.Ordinal) || attempt == 20)
            {
                return text;
            }

            await Task.Delay(250);
        }
    }
}
