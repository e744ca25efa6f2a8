using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace HybridChat.Tests.Infrastructure;

// Reads what the app "sent": without SMTP settings every email is an .eml file in the data directory.
public static partial class Mailbox
{
    public static async Task<List<MimeMessage>> MailsToAsync(this ChatApp app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
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
