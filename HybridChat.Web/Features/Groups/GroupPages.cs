using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

public static class GroupPages
{
    // After a form that leads elsewhere: htmx is told to navigate, a plain form is redirected.
    public static IActionResult GoTo(this Controller controller, string url)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (!Infrastructure.Htmx.HtmxControllerExtensions.WantsFragment(controller.Request))
        {
            return controller.LocalRedirect(url);
        }

        controller.Response.Htmx(headers => headers.Redirect(url));
        return controller.Ok();
    }
}
