using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using HybridChat.Web.Infrastructure.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatWebServiceCollectionExtensions
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static IServiceCollection AddChatWeb(this IServiceCollection services)
    {
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add(new UnreadableFormFilter());
        });
        services.AddRazorPages(options => options.Conventions.LimitAccountPages().TidyIdentityPages());
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        return services;
    }
}
