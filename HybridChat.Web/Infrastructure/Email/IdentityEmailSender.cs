using HybridChat.Jobs.Email;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HybridChat.Web.Infrastructure.Email;

// The account pages' emails (password reset, email change) go out through the configured transport.
public class IdentityEmailSender(IMailTransport transport, IOptions<MailOptions> options) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("html") { Text = htmlMessage } };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(email));
        return transport.SendAsync(message, CancellationToken.None);
    }
}
