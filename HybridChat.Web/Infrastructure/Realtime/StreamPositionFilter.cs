using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HybridChat.Web.Infrastructure.Realtime;

// Every full page a signed-in browser loads opens the live stream (see _Layout): capture the
// stream position before the page reads its data, so the stream starts where the page did.
public sealed class StreamPositionFilter : IAsyncActionFilter, IAsyncPageFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Controller is Controller)
        {
            await CaptureAsync(context.HttpContext);
        }

        await next();
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await CaptureAsync(context.HttpContext);
        await next();
    }

    private static async Task CaptureAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && HttpMethods.IsGet(http.Request.Method) && !http.Request.WantsFragment())
        {
            await http.RequestServices.GetRequiredService<StreamPosition>().CaptureAsync(http.RequestAborted);
        }
    }
}
