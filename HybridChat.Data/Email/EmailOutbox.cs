using HybridChat.Data.Entities;

namespace HybridChat.Data.Email;

public record ComposedEmail(string Subject, string TextBody, string HtmlBody);

public static class EmailOutbox
{
    // Added to the caller's unit of work, so the email commits with the change that caused it.
    public static OutboxEmail AddEmail(this ChatDbContext db, string to, ComposedEmail email, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        var row = new OutboxEmail { To = to, Subject = email.Subject, TextBody = email.TextBody, HtmlBody = email.HtmlBody, CreatedAt = now };
        db.OutboxEmails.Add(row);
        return row;
    }
}
