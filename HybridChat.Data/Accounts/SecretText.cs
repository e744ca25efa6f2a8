using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HybridChat.Data.Accounts;

// Bearer secrets (refresh tokens, two-factor tickets): random, URL-safe, and stored only as a hash.
public static class SecretText
{
    public static string New() =>
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
