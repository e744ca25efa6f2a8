using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace HybridChat.Jobs.Notifications;

// The server's VAPID identity: configured, or generated once and kept in the data directory.
public sealed record VapidKeys(string PublicKey, string PrivateKey, string Subject)
{
    public const string FileName = "vapid-keys.json";

    public static VapidKeys Load(NotificationsOptions options, string dataDirectory, string? publicUrl)
    {
        ArgumentNullException.ThrowIfNull(options);
        var subject = options.VapidSubject is { Length: > 0 } configuredSubject ? configuredSubject : publicUrl ?? "mailto:hybridchat@localhost";
        if (!string.IsNullOrWhiteSpace(options.VapidPublicKey) || !string.IsNullOrWhiteSpace(options.VapidPrivateKey))
        {
            return string.IsNullOrWhiteSpace(options.VapidPublicKey) || string.IsNullOrWhiteSpace(options.VapidPrivateKey)
                ? throw new InvalidOperationException("Set both Notifications:VapidPublicKey and Notifications:VapidPrivateKey, or neither.")
                : new VapidKeys(options.VapidPublicKey, options.VapidPrivateKey, subject);
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var parameters = key.ExportParameters(includePrivateParameters: true);
            var generated = new StoredKeys(Base64Url.EncodeToString([0x04, .. parameters.Q.X!, .. parameters.Q.Y!]), Base64Url.EncodeToString(parameters.D));
            File.WriteAllText(path, JsonSerializer.Serialize(generated));
        }

        var stored = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty.");
        return new VapidKeys(stored.PublicKey, stored.PrivateKey, subject);
    }

    private sealed record StoredKeys(string PublicKey, string PrivateKey);
}
