using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Bench.App;

// Access tokens for seeded users, signed with the key the bench gave the app. The claims are the
// ones HybridChat.Web's AccessTokens.Issue writes (sub, unique_name, jti, the security stamp; issuer, audience, HS256);
// the run checks one minted token against GET /api/v1/me before using any.
internal sealed class AccessTokenMinter(byte[] signingKey)
{
    public const string Issuer = "HybridChat";
    public const string Audience = "HybridChat.Api";
    private const string StampClaim = "stamp";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    private readonly SigningCredentials credentials = new(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256);
    private readonly JsonWebTokenHandler handler = new();

    public string For(BenchUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = DateTime.UtcNow;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.UniqueName, user.UserName),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(StampClaim, user.SecurityStamp),
            ]),
        });
    }
}
