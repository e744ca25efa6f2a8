using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HybridChat.Web.Infrastructure.Hosting;

// ASP.NET Core will not read a form holding a NUL character, and then binds nothing at all, not
// even route values: no action may run on that. The browser gets the site's 400 page; an action
// that explains the problem in its own form is marked [ExplainsUnreadableForm].
public sealed class UnreadableFormFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (request.HasFormContentType
            && !context.ActionDescriptor.EndpointMetadata.OfType<ExplainsUnreadableFormAttribute>().Any()
            && !await IsReadableAsync(request))
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    private static async Task<bool> IsReadableAsync(HttpRequest request)
    {
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
