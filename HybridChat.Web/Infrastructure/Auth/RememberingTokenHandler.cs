using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Web.Infrastructure.Auth;

// An app sends the same access token with every call for its whole lifetime: check its signature and
// claims once, then remember the result until the token expires. Each request still gets its own
// copy of the identity, and AccessTokenUserCheck still checks the user's security stamp every time.
public sealed class RememberingTokenHandler : JsonWebTokenHandler, IDisposable
{
    private const int MaxTokens = 50_000;

    private readonly MemoryCache validated = new(new MemoryCacheOptions { SizeLimit = MaxTokens });
    private readonly TimeProvider clock;

    public RememberingTokenHandler(TimeProvider clock)
    {
        this.clock = clock;
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (validated.TryGetValue(token, out TokenValidationResult? known) && known is not null
            && known.SecurityToken.ValidTo + validationParameters.ClockSkew > clock.GetUtcNow().UtcDateTime)
        {
            return new TokenValidationResult
            {
                IsValid = true,
                SecurityToken = known.SecurityToken,
                ClaimsIdentity = known.ClaimsIdentity.Clone(),
                Issuer = known.Issuer,
                TokenType = known.TokenType,
            };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            validated.Set(token, result, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpiration = result.SecurityToken.ValidTo + validationParameters.ClockSkew,
            });
        }

        return result;
    }

    public void Dispose() => validated.Dispose();
}
