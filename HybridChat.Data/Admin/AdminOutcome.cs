using HybridChat.Data.Entities;

namespace HybridChat.Data.Admin;

public enum AdminRefusal
{
    // No such account (or a deleted one): the admin area answers 404.
    NotFound,
    Yourself,
    LastAdmin,
}

public record AdminOutcome(User? Subject, AdminRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static AdminOutcome Done(User subject) => new(subject, null);

    public static AdminOutcome Refused(AdminRefusal refusal, User? subject = null) => new(subject, refusal);
}
