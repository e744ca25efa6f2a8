using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
[Route(Prefix + "/auth")]
[Tags("Auth")]
public class AuthTokensApiController(UserManager<User> users, SignInManager<User> signIn, PasswordSignIn passwords,
    TwoFactorTickets tickets, AccessTokens accessTokens, RefreshTokens refreshTokens, AppSignOut signOut, IOptions<ApiTokenOptions> options)
    : ApiControllerBase
{
    [HttpPost("token")]
    [EndpointName("signIn")]
    [EndpointSummary("Sign in with a user name (or email) and password; the login page's lockout applies. An account with two-factor "
        + "sign-in gets 401 with twoFactorRequired: true and a twoFactorTicket for /auth/token/two-factor instead of tokens.")]
    [ProducesResponseType<TokenPair>(StatusCodes.Status200OK)]
    [ProducesResponseType<TwoFactorChallenge>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked, "application/problem+json")]
    public async Task<ActionResult<TokenPair>> Create(TokenRequest request)
    {
        var (user, result) = await passwords.CheckAsync(request.UserName, request.Password,
            user => signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true));
        if (result.IsLockedOut)
        {
            return this.LockedOut();
        }

        if (!result.Succeeded)
        {
            return this.WrongCredentials();
        }

        if (await users.GetTwoFactorEnabledAsync(user!))
        {
            return this.TwoFactorRequired(await tickets.IssueAsync(user!));
        }

        return accessTokens.Pair(user!, await refreshTokens.IssueAsync(user!, options.Value.RefreshTokenLifetime));
    }

    [HttpPost("refresh")]
    [EndpointName("refreshTokens")]
    [EndpointSummary("Trade a refresh token for a new pair. Each works once; a reused one revokes its whole family.")]
    [ProducesResponseType<TokenPair>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<TokenPair>> Refresh(RefreshRequest request)
    {
        var redeemed = await refreshTokens.RedeemAsync(request.RefreshToken, options.Value.RefreshTokenLifetime);
        return redeemed is var (user, refreshToken)
            ? accessTokens.Pair(user, refreshToken)
            : Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Refresh token is not valid",
                detail: "Sign in again with your user name and password.");
    }

    [HttpPost("logout")]
    [EndpointName("signOut")]
    [EndpointSummary("End the sign-in that the refresh token belongs to; its live streams end with session.expired.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(RefreshRequest request)
    {
        await signOut.SignOutAsync(request.RefreshToken);
        return NoContent();
    }
}
