using System.Net;
using System.Text.RegularExpressions;
using HybridChat.Jobs.Email;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using HybridChat.Data.Email;

namespace HybridChat.Web.Infrastructure.Email;

// The account pages' own emails (email change) go out through the outbox like every other.
// Identity UI builds some of their links from the request's Host, which the sender of the request
// chooses: every link is re-rooted at the site's public URL before it leaves.
public partial class IdentityEmailSender(Mailer mailer, PublicUrl publicUrl) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        ArgumentNullException.ThrowIfNull(htmlMessage);
        var body = Link().Replace(htmlMessage, match =>
        {
            var link = new Uri(WebUtility.HtmlDecode(match.Groups["url"].Value));
            return $"href={match.Groups["quote"].Value}{WebUtility.HtmlEncode(publicUrl.For(link.PathAndQuery).AbsoluteUri)}{match.Groups["quote"].Value}";
        });
        var text = WebUtility.HtmlDecode(Tag().Replace(Link().Replace(body, match => $">{match.Groups["url"].Value} <a "), ""));
        return mailer.SendAsync(email, new ComposedEmail(subject, text, body));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("""href=(?<quote>['"])(?<url>https?://[^'"]+)\k<quote>""", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
