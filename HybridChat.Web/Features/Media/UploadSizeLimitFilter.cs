using HybridChat.Jobs.Media;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Media;

// Uploads may be as large as the configured file limit (plus the multipart envelope); the server
// stops reading a body that grows past it. Runs before PayloadTooLargeFilter, which refuses a
// declared length over this limit before reading anything.
public sealed class UploadSizeLimitFilter(IOptions<MediaOptions> options) : IResourceFilter, IOrderedFilter
{
    public int Order => 900;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        MultipartUpload.LimitBody(context.HttpContext, options.Value.MaxFileBytes);
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
