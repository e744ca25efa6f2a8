using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
[Route(Prefix + "/auth")]
[Tags("Auth")]
public class PasswordResetsApiController(PasswordResetMail resetMail) : ApiControllerBase
{
    [HttpPost("forgot-password")]
    [EndpointName("forgotPassword")]
    [EndpointSummary("Email a password reset link and code. Always 202, so nobody can probe for accounts.")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Create(ForgotPasswordRequest request)
    {
        await resetMail.SendAsync(request.Email);
        return Accepted();
    }

    [HttpPost("reset-password")]
    [EndpointName("resetPassword")]
    [EndpointSummary("Set a new password with the emailed reset code as token; ends every sign-in.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Update(ResetPasswordRequest request)
    {
        var result = await resetMail.ResetAsync(request.Email, request.Token, request.NewPassword);
        return result.Succeeded ? NoContent() : ValidationProblem(result.ToValidationErrors(nameof(request.NewPassword), nameof(request.Token)));
    }
}
