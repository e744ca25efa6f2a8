using System.Security.Claims;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Web.Infrastructure.Auth;

public record TokenPair(string AccessToken, string RefreshToken, string TokenType, int ExpiresIn);

public class AccessTokens(IOptions<ApiTokenOptions> options, SymmetricSecurityKey key, TimeProvider clock)
{
    // The user's security stamp when the token was issued; a password change or reset renews the
    // stamp, and with it every access token stops working (see AccessTokenUserCheck).
    public const string SecurityStampClaim = "stamp";

    // SignInId is the refresh-token family: logging out ends that sign-in's live streams.
    private string Issue(User user, Guid signInId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.AccessTokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.UniqueName, user.UserName ?? ""),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(SecurityStampClaim, user.SecurityStamp ?? ""),
                new Claim(JwtRegisteredClaimNames.Sid, signInId.ToString("N")),
            ]),
        });
    }

    public TokenPair Pair(User user, IssuedRefreshToken refreshToken)
    {
        ArgumentNullException.ThrowIfNull(refreshToken);
        return new(Issue(user, refreshToken.FamilyId), refreshToken.Value, "Bearer", (int)options.Value.AccessTokenLifetime.TotalSeconds);
    }
}
