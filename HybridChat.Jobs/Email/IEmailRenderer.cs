using HybridChat.Data.Email;

namespace HybridChat.Jobs.Email;

// Renders an email's plain-text and HTML bodies when it is composed; the outbox row keeps them.
public interface IEmailRenderer
{
    Task<ComposedEmail> RenderAsync(IEmailModel model);
}
