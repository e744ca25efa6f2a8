using HybridChat.Jobs.Email;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace HybridChat.Web.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddChatEmail(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddChatMailTransport(configuration, dataDirectory);
        services.AddTransient<IEmailSender, IdentityEmailSender>();
        return services;
    }
}
