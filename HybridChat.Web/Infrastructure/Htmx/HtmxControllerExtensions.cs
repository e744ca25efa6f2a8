using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Infrastructure.Htmx;

public static class HtmxControllerExtensions
{
    // A history restore asks for the whole page even though htmx sends it.
    public static bool WantsFragment(this HttpRequest request) =>
        request.IsHtmx() && !request.IsHtmxHistoryRestoreRequest();

    // One action answers a full page to a browser navigation and just the fragment to htmx.
    public static IActionResult PageOrPartial(this Controller controller, string view, string partial, object model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.Response.Headers.Append("Vary", HtmxRequestHeaders.Keys.Request);
        return controller.Request.WantsFragment() ? controller.PartialView(partial, model) : controller.View(view, model);
    }

    // Validation failures re-render the form with 422 so htmx swaps it in place with its errors.
    public static IActionResult InvalidForm(this Controller controller, string view, string partial, object model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return controller.PageOrPartial(view, partial, model);
    }
}
