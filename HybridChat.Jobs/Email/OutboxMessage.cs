using System.Globalization;
using HybridChat.Data.Entities;
using MimeKit;

namespace HybridChat.Jobs.Email;

public static class OutboxMessage
{
    // The Message-Id is the row's, so should a crash between sending and marking it sent make a
    // retry send it again, mail clients see the same message twice and show it once.
    public static MimeMessage From(OutboxEmail email, MailOptions mail)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage { Subject = email.Subject, Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody() };
        message.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        var domain = mail.FromAddress.Contains('@', StringComparison.Ordinal) ? mail.FromAddress[(mail.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..] : "localhost";
        message.MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{email.Id}-{email.CreatedAt.Ticks}@{domain}");
        return message;
    }
}
