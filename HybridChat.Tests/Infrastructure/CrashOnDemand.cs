using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Infrastructure;

// Test harness only: a request carrying the header crashes inside the endpoint (a page, a controller
// or an API action), the way a bug would, so the error handling around it can be observed.
public sealed class CrashOnDemand : IResourceFilter
{
    public const string Header = "X-Test-Crash";

    public static void Install(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
        services.Configure<MvcOptions>(options => options.Filters.Add(new CrashOnDemand())));

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        // Not again while the error handler re-executes the request.
        if (context.HttpContext.Request.Headers.ContainsKey(Header) && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            throw new InvalidOperationException("Crash requested by the test.");
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
