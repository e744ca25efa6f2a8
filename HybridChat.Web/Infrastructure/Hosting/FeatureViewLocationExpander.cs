using Microsoft.AspNetCore.Mvc.Razor;

namespace HybridChat.Web.Infrastructure.Hosting;

// Views live beside their controllers: /Features/{Feature}/{View}.cshtml, shared ones in /Features/Shared.
public class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml", .. viewLocations];
}
