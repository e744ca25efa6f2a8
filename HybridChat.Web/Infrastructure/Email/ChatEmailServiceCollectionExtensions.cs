using HybridChat.Jobs.Email;
using Microsoft.AspNetCore.Identity.UI.Services;
using HybridChat.Web.Infrastructure.Email;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatEmailServiceCollectionExtensions
{
    public static IServiceCollection AddChatEmail(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddChatMailTransport(configuration, dataDirectory);
        services.AddTransient<IEmailSender, IdentityEmailSender>();
        return services;
    }
}
