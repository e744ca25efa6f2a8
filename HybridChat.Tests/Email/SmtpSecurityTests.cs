using HybridChat.Jobs.Email;
using HybridChat.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HybridChat.Tests.Email;

// Mail carries reset codes: it never leaves in plain text unless plain text was asked for.
public class SmtpSecurityTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("StartTls")]
    [InlineData("Tls")]
    public async Task A_server_without_TLS_gets_no_mail_unless_plain_text_is_configured(string? security)
    {
        await using var smtp = new PlainSmtpServer();
        await using var app = AppSendingTo(smtp, security);

        await Assert.ThrowsAnyAsync<Exception>(() => SendResetCodeAsync(app));

        Assert.Empty(smtp.Messages);
        Assert.DoesNotContain(smtp.Commands, command => command.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Plain_text_SMTP_sends_when_configured_on_purpose()
    {
        await using var smtp = new PlainSmtpServer();
        await using var app = AppSendingTo(smtp, "None");

        await SendResetCodeAsync(app);

        Assert.Contains("Subject: Your reset code", Assert.Single(smtp.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_SMTP_security_setting_stops_the_start()
    {
        await using var smtp = new PlainSmtpServer();
        await using var app = AppSendingTo(smtp, "StartTlsWhenAvailable");

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("SmtpSecurity", failure.ToString(), StringComparison.Ordinal);
    }

    private static ChatApp AppSendingTo(PlainSmtpServer smtp, string? security)
    {
        var app = new ChatApp();
        app.Settings["Mail:SmtpHost"] = "127.0.0.1";
        app.Settings["Mail:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (security is not null)
        {
            app.Settings["Mail:SmtpSecurity"] = security;
        }

        return app;
    }

    private static async Task SendResetCodeAsync(ChatApp app)
    {
        var message = new MimeMessage { Subject = "Your reset code", Body = new TextPart("plain") { Text = "code 123456" } };
        message.From.Add(MailboxAddress.Parse("hybridchat@example.test"));
        message.To.Add(MailboxAddress.Parse("ana@example.test"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await app.Services.GetRequiredService<IMailTransport>().SendAsync(message, timeout.Token);
    }
}
