using System.Net;
using System.Text.RegularExpressions;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Jobs;

// Every email is written to the outbox with the change that causes it and sent by a job over SMTP.
public partial class EmailDeliveryTests
{
    [Fact]
    public async Task The_reset_email_arrives_over_SMTP_with_a_link_that_sets_a_new_password()
    {
        await using var smtp = new MailDev();
        await smtp.StartAsync();
        await using var app = new ChatApp();
        smtp.Configure(app);
        app.Settings["App:PublicUrl"] = "https://chat.example.test";
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("smtp");
        using (await session.LogOutAsync())
        {
        }

        await session.OpenAndSubmitAsync("/Identity/Account/ForgotPassword", "#forgot-password-form",
            new Dictionary<string, string> { ["Input.Email"] = $"{userName}@example.test" }, HttpStatusCode.Redirect);

        var mail = await smtp.OnlyMailToAsync($"{userName}@example.test");
        Assert.Equal("Reset your HybridChat password", mail.Subject);
        var link = new Uri(WebUtility.HtmlDecode(Link().Match(mail.Html).Groups[1].Value));
        Assert.Equal("https://chat.example.test", link.GetLeftPart(UriPartial.Authority));
        Assert.Contains(link.AbsoluteUri, mail.Text, StringComparison.Ordinal);
        var resetPage = await session.GetPageAsync(link.PathAndQuery);
        using (var reset = await session.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = $"{userName}@example.test",
            ["Input.Password"] = "a brand new password",
            ["Input.ConfirmPassword"] = "a brand new password",
        }))
        {
            Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);
        }

        using var newPassword = await session.LogInAsync(userName, "a brand new password");
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task While_SMTP_is_down_the_email_waits_in_the_outbox_and_is_delivered_once_it_is_back()
    {
        await using var smtp = new MailDev();
        await using var app = new ChatApp();
        smtp.Configure(app);
        app.Settings["Jobs:RetryAttempts"] = "1000";
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("outage");
        var address = $"{userName}@example.test";

        using (await api.PostAsync("auth/forgot-password", new { email = address }))
        {
        }

        await JobSteps.EventuallyAsync(async () => (await app.OutboxEmailToAsync(address)).Attempts >= 2, "the job has failed and retried");
        var waiting = await app.OutboxEmailToAsync(address);
        Assert.Null(waiting.SentAt);
        Assert.NotNull(waiting.LastError);

        await smtp.StartAsync();

        var mail = await smtp.OnlyMailToAsync(address);
        Assert.Equal("Reset your HybridChat password", mail.Subject);
        await JobSteps.EventuallyAsync(async () => (await app.OutboxEmailToAsync(address)).SentAt is not null, "the row is marked sent");
    }

    [Fact]
    public async Task After_a_restart_pending_outbox_emails_are_delivered_exactly_once()
    {
        await using var smtp = new MailDev();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));
        var addresses = Enumerable.Range(1, 3).Select(i => $"restart{i}-{Guid.NewGuid():N}@example.test").ToList();
        await using (var before = new ChatApp { DataDirectory = dataDirectory, KeepDataDirectory = true })
        {
            smtp.Configure(before);
            // SMTP is down: nothing leaves before the "crash".
            await before.InDatabaseAsync(async db =>
            {
                foreach (var address in addresses)
                {
                    db.OutboxEmails.Add(new OutboxEmail { To = address, Subject = "Pending", TextBody = "text", HtmlBody = "<p>html</p>" });
                }

                return await db.SaveChangesAsync();
            });
        }

        await smtp.StartAsync();
        await using var after = new ChatApp { DataDirectory = dataDirectory };
        smtp.Configure(after);
        using (after.CreateClient())
        {
        }

        foreach (var address in addresses)
        {
            Assert.Equal("Pending", (await smtp.OnlyMailToAsync(address)).Subject);
        }

        Assert.Equal(0, await after.InDatabaseAsync(db => db.OutboxEmails.CountAsync(e => e.SentAt == null)));
    }

    [Fact]
    public async Task A_duplicated_send_job_sends_the_email_once()
    {
        await using var smtp = new MailDev();
        await smtp.StartAsync();
        await using var app = new ChatApp();
        smtp.Configure(app);
        var address = $"twice-{Guid.NewGuid():N}@example.test";
        var id = await app.InDatabaseAsync(async db =>
        {
            var row = new OutboxEmail { To = address, Subject = "Once", TextBody = "text", HtmlBody = "<p>html</p>" };
            db.OutboxEmails.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

        // Written after start-up, so only these two runs of the same job send it.
        app.EnqueueSend(id);
        app.EnqueueSend(id);

        Assert.Equal("Once", (await smtp.OnlyMailToAsync(address, TimeSpan.FromSeconds(30))).Subject);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
