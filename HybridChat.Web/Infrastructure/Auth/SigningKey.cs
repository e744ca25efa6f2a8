using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Web.Infrastructure.Auth;

public static class SigningKey
{
    private const int MinimumBytes = 32;

    public static SymmetricSecurityKey Load(ApiTokenOptions options, IHostEnvironment environment, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Convert.FromBase64String(options.SigningKey);
            return configured.Length >= MinimumBytes
                ? new SymmetricSecurityKey(configured)
                : throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumBytes} bytes (base64).");
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Auth:SigningKey is not set. Production needs one key shared by every node: base64 of 32+ random bytes.");
        }

        var path = Path.Combine(dataDirectory, "jwt-signing.key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes * 2)));
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path)));
    }
}
