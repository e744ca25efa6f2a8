using Htmx;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

public static class PersonCardResults
{
    // After a change, htmx swaps the person's card in place (and HX-Trigger lets this page's own
    // lists refresh as the live event would); a plain form post goes back to the page it came from.
    public static async Task<IActionResult> PersonCardAsync(this Controller controller, PeopleDirectory directory, int personId,
        int status = StatusCodes.Status200OK, string? liveEvent = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(directory);
        var person = await directory.FindAsync(controller.User.Id(), personId);
        if (person is null)
        {
            return controller.PersonGone();
        }

        if (!controller.Request.WantsFragment())
        {
            return controller.LocalRedirect(SamePageReferer(controller.Request) ?? $"/people/{personId}");
        }

        if (liveEvent is not null)
        {
            controller.Response.Headers[HtmxResponseHeaders.Keys.Trigger] = liveEvent;
        }

        controller.Response.StatusCode = status;
        return controller.PartialView("_Person", person);
    }

    // htmx swaps a 404 in like any answer, so it gets a card-sized notice instead of the error page.
    public static IActionResult PersonGone(this Controller controller, int status = StatusCodes.Status404NotFound)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (!controller.Request.WantsFragment())
        {
            return controller.StatusCode(status);
        }

        controller.Response.StatusCode = status;
        return controller.PartialView("_PersonGone");
    }

    private static string? SamePageReferer(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer) && referer.Authority == request.Host.Value
            ? referer.PathAndQuery : null;
}
