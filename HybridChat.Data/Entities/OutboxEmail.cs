namespace HybridChat.Data.Entities;

// Durable email: written in the transaction of the change that caused it and marked sent once
// delivered, so a crash between the two never loses a password-reset link.
public class OutboxEmail
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
