using MimeKit;

namespace HybridChat.Jobs.Email;

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
