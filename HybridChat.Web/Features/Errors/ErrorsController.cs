using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Errors;

[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorsController : Controller
{
    [Route("/error/{status:int?}")]
    public IActionResult Show(int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", code);
    }
}
