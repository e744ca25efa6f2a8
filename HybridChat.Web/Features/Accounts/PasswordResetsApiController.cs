using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
[Route(Prefix + "/auth")]
public class PasswordResetsApiController(PasswordResetMail resetMail) : ApiControllerBase
{
    // Always 202, whether or not the address has an account, so nobody can probe for one.
    [HttpPost("forgot-password")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Create(ForgotPasswordRequest request)
    {
        await resetMail.SendAsync(request.Email, HttpContext);
        return Accepted();
    }

    // The token is the reset code from the email. Every refresh token of the user stops working.
    [HttpPost("reset-password")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Update(ResetPasswordRequest request)
    {
        var result = await resetMail.ResetAsync(request.Email, request.Token, request.NewPassword);
        return result.Succeeded ? NoContent() : ValidationProblem(result.ToValidationErrors(nameof(request.NewPassword), nameof(request.Token)));
    }
}
