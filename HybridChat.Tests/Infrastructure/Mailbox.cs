using System.Net;
using System.Text.RegularExpressions;
using HybridChat.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HybridChat.Tests.Infrastructure;

// Reads what the app "sent": without SMTP settings every email is an .eml file in the data directory.
// Emails leave through the outbox and a job, so reading first waits until the outbox has no unsent row.
public static partial class Mailbox
{
    public static async Task<List<MimeMessage>> MailsToAsync(this ChatApp app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.OutboxDeliveredAsync();
        var mails = new List<MimeMessage>();
        if (!Directory.Exists(app.MailDirectory))
        {
            return mails;
        }

        foreach (var file in Directory.GetFiles(app.MailDirectory, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
            {
                mails.Add(message);
            }
        }

        return mails;
    }

    public static async Task OutboxDeliveredAsync(this ChatApp app, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var unsent = await scope.ServiceProvider.GetRequiredService<ChatDbContext>().OutboxEmails.CountAsync(e => e.SentAt == null);
            if (unsent == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{unsent} emails are still unsent.");
            await Task.Delay(100);
        }
    }

    public static async Task<Uri> ResetLinkSentToAsync(this ChatApp app, string email)
    {
        var mail = Assert.Single(await app.MailsToAsync(email));
        Assert.Equal("Reset your HybridChat password", mail.Subject);
        return new Uri(WebUtility.HtmlDecode(LinkPattern().Match(mail.HtmlBody ?? "").Groups[1].Value));
    }

    public static async Task<string> ResetCodeSentToAsync(this ChatApp app, string email)
    {
        var link = await app.ResetLinkSentToAsync(email);
        return System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
