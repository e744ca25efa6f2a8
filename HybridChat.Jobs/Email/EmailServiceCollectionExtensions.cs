using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Jobs.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddChatMailTransport(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(MailOptions.Section);
        services.Configure<MailOptions>(options =>
        {
            section.Bind(options);
            if (string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                options.PickupDirectory = Path.Combine(dataDirectory, "mail");
            }
        });

        if (string.IsNullOrWhiteSpace(section[nameof(MailOptions.SmtpHost)]))
        {
            services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }

        return services;
    }
}
