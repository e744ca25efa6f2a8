using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace HybridChat.Web.Infrastructure.Realtime;

public sealed class PartialRenderer(IRazorViewEngine viewEngine, ITempDataProvider tempData, IServiceScopeFactory scopes) : IPartialRenderer
{
    public async Task<string> RenderAsync(string partialPath, object model)
    {
        await using var scope = scopes.CreateAsyncScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var view = viewEngine.GetView(executingFilePath: null, partialPath, isMainPage: false).View
            ?? throw new InvalidOperationException($"Partial {partialPath} not found.");
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(actionContext, view, viewData, new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }
}
