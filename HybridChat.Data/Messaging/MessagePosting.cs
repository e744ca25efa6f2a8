using HybridChat.Data.Entities;

namespace HybridChat.Data.Messaging;

// The outcome of a send, edit or delete. Change is null when nothing new was written (a retried send).
public record MessagePosting(Message? Message, MessageChange? Change, ValidationErrors Errors, MessageRefusal Refusal = MessageRefusal.None)
{
    public bool Succeeded => Message is not null && Refusal == MessageRefusal.None && Errors.IsValid;

    public static MessagePosting Refused(MessageRefusal refusal) => new(null, null, new ValidationErrors(), refusal);

    public static MessagePosting Invalid(ValidationErrors errors) => new(null, null, errors);
}

public enum MessageRefusal
{
    None,
    NotFound,
    Blocked,
    Forbidden,
    Conflict,
}
