using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HybridChat.Jobs.Email;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatMailTransportServiceCollectionExtensions
{
    public static IServiceCollection AddChatMailTransport(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(MailOptions.Section);
        // Validated on start, so a misspelt SmtpSecurity (or the retired SmtpUseStartTls) stops the
        // start-up instead of the first email.
        services.AddOptions<MailOptions>()
            .Configure(options =>
            {
                section.Bind(options);
                if (string.IsNullOrWhiteSpace(options.PickupDirectory))
                {
                    options.PickupDirectory = Path.Combine(dataDirectory, "mail");
                }
            })
            .Validate(options => Enum.IsDefined(options.SmtpSecurity), "Mail:SmtpSecurity must be StartTls, Tls or None.")
            .Validate(_ => section["SmtpUseStartTls"] is null,
                "Mail:SmtpUseStartTls is no longer read: set Mail:SmtpSecurity to StartTls (the default), Tls or None.")
            .ValidateOnStart();

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
