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
[Route(Prefix + "/auth/token/two-factor")]
[Tags("Auth")]
public class TwoFactorTokensApiController(UserManager<User> users, TwoFactorTickets tickets, SecondFactor secondFactor,
    AccessTokens accessTokens, RefreshTokens refreshTokens, IOptions<ApiTokenOptions> options) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("signInWithSecondFactor")]
    [EndpointSummary("Finish a two-factor sign-in: the ticket from /auth/token with the authenticator's code or one recovery code. "
        + "The ticket works once; wrong codes count toward the account's lockout.")]
    [ProducesResponseType<TokenPair>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked, "application/problem+json")]
    public async Task<ActionResult<TokenPair>> Create(TwoFactorTokenRequest request)
    {
        var errors = SecondFactor.Validate(request.Code, request.RecoveryCode);
        if (!errors.IsValid)
        {
            return ValidationProblem(errors);
        }

        if (await tickets.FindAsync(request.Ticket) is not { } ticket)
        {
            return this.InvalidTicket();
        }

        if (await users.IsLockedOutAsync(ticket.User))
        {
            return this.LockedOut();
        }

        if (!await secondFactor.VerifyAsync(ticket.User, request.Code, request.RecoveryCode))
        {
            return await users.IsLockedOutAsync(ticket.User) ? this.LockedOut() : this.WrongSecondFactor();
        }

        if (!await tickets.ClaimAsync(ticket))
        {
            return this.InvalidTicket();
        }

        await users.ResetAccessFailedCountAsync(ticket.User);
        return accessTokens.Pair(ticket.User, await refreshTokens.IssueAsync(ticket.User, options.Value.RefreshTokenLifetime));
    }
}
