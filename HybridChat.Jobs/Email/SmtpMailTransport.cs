using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HybridChat.Jobs.Email;

public class SmtpMailTransport(IOptions<MailOptions> options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = options.Value;
        using var client = new SmtpClient();
        var security = mail.SmtpSecurity switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => throw new InvalidOperationException($"Mail:SmtpSecurity '{mail.SmtpSecurity}' is not StartTls, Tls or None."),
        };
        await client.ConnectAsync(mail.SmtpHost ?? "localhost", mail.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(mail.SmtpUserName))
        {
            await client.AuthenticateAsync(mail.SmtpUserName, mail.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent email {Subject} to {Recipients} via {Host}", message.Subject, message.To, mail.SmtpHost);
    }
}
