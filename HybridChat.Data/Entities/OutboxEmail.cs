namespace HybridChat.Data.Entities;

// Durable email: written in the transaction of the change that caused it and marked sent once
// delivered, so a crash between the two never loses a password-reset link.
public class OutboxEmail
{
    public const int LastErrorMaxLength = 2000;

    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? SentAt { get; set; }

    // Set by the run that is sending it, so a duplicated or retried run does not send it as well.
    public DateTime? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
