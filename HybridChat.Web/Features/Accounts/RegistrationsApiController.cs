using HybridChat.Data.Accounts;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
[Route(Prefix + "/auth/register")]
[Tags("Auth")]
public class RegistrationsApiController(Registrations registrations) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("register")]
    [EndpointSummary("Create an account.")]
    [ProducesResponseType<RegisteredUser>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<RegisteredUser>> Create(RegisterRequest request)
    {
        var (user, errors) = await registrations.RegisterAsync(
            new Registration(request.UserName, request.Email, request.Password, request.DisplayName));
        return user is null ? ValidationProblem(errors) : StatusCode(StatusCodes.Status201Created, RegisteredUser.From(user));
    }
}
