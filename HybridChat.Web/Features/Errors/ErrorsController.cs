using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Errors;

// Error responses without a body (404s, 401 challenges, unhandled exceptions) end up here: an API
// caller gets ProblemDetails, a browser a page.
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorsController : Controller
{
    [Route("/error/{status:int?}")]
    public IActionResult Show(int? status)
    {
        var code = status ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value;
        if (originalPath?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var unsupportedVersion = code == StatusCodes.Status404NotFound
                && !originalPath.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase);
            return Problem(statusCode: code, detail: unsupportedVersion ? "This API version is not supported. Use /api/v1/." : null);
        }

        Response.StatusCode = code;
        return View("Error", code);
    }
}
