using System.Net;
using System.Text.RegularExpressions;
using HybridChat.Jobs.Email;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HybridChat.Web.Infrastructure.Email;

// The account pages' emails (password reset, email change) go out through the configured transport.
// Identity UI builds some of their links from the request's Host, which the sender of the request
// chooses: every link is re-rooted at the site's public URL before it leaves.
public partial class IdentityEmailSender(IMailTransport transport, IOptions<MailOptions> options, PublicUrl publicUrl) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        ArgumentNullException.ThrowIfNull(htmlMessage);
        var body = Link().Replace(htmlMessage, match =>
        {
            var link = new Uri(WebUtility.HtmlDecode(match.Groups["url"].Value));
            return $"href={match.Groups["quote"].Value}{WebUtility.HtmlEncode(publicUrl.For(link.PathAndQuery).AbsoluteUri)}{match.Groups["quote"].Value}";
        });
        var message = new MimeMessage { Subject = subject, Body = new TextPart("html") { Text = body } };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(email));
        return transport.SendAsync(message, CancellationToken.None);
    }

    [GeneratedRegex("""href=(?<quote>['"])(?<url>https?://[^'"]+)\k<quote>""", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
