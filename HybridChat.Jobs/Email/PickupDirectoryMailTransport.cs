using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HybridChat.Jobs.Email;

// The embedded default: each email becomes an .eml file that any mail client opens.
public class PickupDirectoryMailTransport(IOptions<MailOptions> options, ILogger<PickupDirectoryMailTransport> logger)
    : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var directory = options.Value.PickupDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Wrote email {Subject} to {Recipients} as {Path}", message.Subject, message.To, path);
    }
}
