using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace HybridChat.Web.Infrastructure.Hosting;

// Views live beside their controllers: the feature is the last segment of the controller's
// namespace (HybridChat.Web.Features.Accounts -> /Features/Accounts/{View}.cshtml). Razor Pages
// (the account pages) find the shared partials too.
public class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[FeatureKey] = action.ControllerTypeInfo.Namespace?.Split('.')[^1];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null
            ? [$"/Features/{feature}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml", .. viewLocations]
            : [.. viewLocations, "/Features/Shared/{0}.cshtml"];
}
