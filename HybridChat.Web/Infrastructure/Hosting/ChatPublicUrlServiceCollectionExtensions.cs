using HybridChat.Web.Infrastructure.Hosting;
namespace Microsoft.Extensions.DependencyInjection;

public static class ChatPublicUrlServiceCollectionExtensions
{
    public const string MissingInProduction =
        "App:PublicUrl (App__PublicUrl) is not set. Production needs the address people reach the site at, " +
        "e.g. https://chat.example.com: links in email are built from it, never from the request's Host header.";

    public static IServiceCollection AddChatPublicUrl(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<PublicUrlOptions>()
            .Bind(configuration.GetSection(PublicUrlOptions.Section))
            .Validate(options => options.PublicUrl is not null || !environment.IsProduction(), MissingInProduction)
            .Validate(options => options.PublicUrl is null
                    || (options.PublicUrl.IsAbsoluteUri && options.PublicUrl.Scheme is "https" or "http"),
                "App:PublicUrl must be an absolute http(s) address such as https://chat.example.com.")
            .ValidateOnStart();
        services.AddSingleton<PublicUrl>();
        return services;
    }
}
