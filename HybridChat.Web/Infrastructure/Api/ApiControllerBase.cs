using System.Globalization;
using Asp.Versioning;
using HybridChat.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using HybridChat.Web.Infrastructure.Validation;

namespace HybridChat.Web.Infrastructure.Api;

// Every JSON API controller: bearer tokens only, versioned routes, ProblemDetails errors.
// Antiforgery guards cookie sessions; a bearer token is never sent by the browser on its own.
[ApiController]
[IgnoreAntiforgeryToken]
[RequestSizeLimit(ApiControllerBase.MaxJsonBodyBytes)]
[TypeFilter<PayloadTooLargeFilter>]
[ApiVersion(1.0)]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
public abstract class ApiControllerBase : ControllerBase
{
    public const string Prefix = "api/v{version:apiVersion}";

    // JSON bodies are small; uploads (media) set their own, larger limit.
    public const int MaxJsonBodyBytes = 64 * 1024;

    protected int CurrentUserId => int.Parse(User.FindFirst(JwtRegisteredClaimNames.Sub)!.Value, CultureInfo.InvariantCulture);

    [NonAction]
    public ActionResult ValidationProblemFor(ValidationErrors errors) => ValidationProblem(errors);

    protected ActionResult ValidationProblem(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ModelState.AddErrors(errors, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName);
        return ValidationProblem(ModelState);
    }
}
