using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace HybridChat.Web.Features.Errors;

// Error responses without a body (404s, 405s, 401 challenges, 429s, unhandled exceptions) are
// re-executed here with the original method: an API caller gets ProblemDetails, a browser a page.
// The failed request was already refused or has crashed, so there is no form to protect here.
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorsController : Controller
{
    // Only a re-executed status is shown; a direct visit to /error/{anything} is a 404.
    [Route("/error/{status:int?}")]
    [ExplainsUnreadableForm]
    public IActionResult Show()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var crashed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = reExecuted?.OriginalStatusCode
            ?? (crashed is not null ? StatusCodes.Status500InternalServerError : StatusCodes.Status404NotFound);
        var originalPath = reExecuted?.OriginalPath ?? crashed?.Path ?? Request.Path.Value;
        if (ApiPaths.IsApi(originalPath))
        {
            var unsupportedVersion = code == StatusCodes.Status404NotFound && !ApiPaths.IsCurrentVersion(originalPath);
            return Problem(statusCode: code, title: ReasonPhrases.GetReasonPhrase(code),
                detail: unsupportedVersion ? "This API version is not supported. Use /api/v1/." : null);
        }

        Response.StatusCode = code;
        return View("Error", code);
    }
}
