namespace HybridChat.Jobs.Email;

// What an email says, for the host's templates (Razor views, in the web app) to render.
public interface IEmailModel
{
    string Subject { get; }
}
