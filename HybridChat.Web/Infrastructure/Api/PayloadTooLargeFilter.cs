using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HybridChat.Web.Infrastructure.Api;

// A body over the request size limit would otherwise surface as a JSON read error (400); a
// declared length over the limit is answered 413 before anything is read.
public sealed class PayloadTooLargeFilter : IResourceFilter, IOrderedFilter
{
    // After [RequestSizeLimit], which sets the limit this compares against.
    public int Order => 1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.HttpContext.Request.ContentLength > limit)
        {
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"This endpoint accepts at most {limit} bytes.",
            })
            { StatusCode = StatusCodes.Status413PayloadTooLarge, ContentTypes = { "application/problem+json" } };
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
