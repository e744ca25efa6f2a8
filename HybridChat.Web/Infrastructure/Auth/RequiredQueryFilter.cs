using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HybridChat.Web.Infrastructure.Auth;

// A page reached from an emailed link is a 400 (the site's error page) when the link lost a part.
public sealed class RequiredQueryFilter(params string[] names) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.HttpContext.Request.Query;
        if (names.Any(name => string.IsNullOrEmpty(query[name])))
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
