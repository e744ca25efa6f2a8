using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Hosting;
using HybridChat.Data;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Operations;

// Settings production cannot do without are checked before anything else happens (ValidateOnStart),
// and a missing one stops the app with one line naming it, not a stack trace.
public static class SettingsCheck
{
    public const string MissingSigningKey =
        "Auth:SigningKey (Auth__SigningKey) is not set. Production needs one key shared by every node: base64 of 32+ random bytes (openssl rand -base64 48).";

    public static IServiceCollection AddChatSettingsCheck(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ApiTokenOptions>()
            .Validate(options => !string.IsNullOrWhiteSpace(options.SigningKey) || !environment.IsProduction(), MissingSigningKey)
            .ValidateOnStart();
        services.AddOptions<DatabaseSettings>()
            .Configure(settings =>
            {
                settings.Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
                settings.ConnectionString = configuration.GetConnectionString("Chat");
            })
            .Validate(settings => settings.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(settings.ConnectionString),
                DatabaseSettings.MissingConnectionString)
            .ValidateOnStart();
        return services;
    }

    // Run as the program, a wrong setting ends it with exit code 1 and its line on standard error.
    // Hosted by something else (the tests), the failure is thrown to the host.
    public static void CheckSettings(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception failure) when (System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly)
        {
            var failures = failure is AggregateException all ? all.InnerExceptions : [failure];
            foreach (var line in failures.SelectMany(f => f is OptionsValidationException invalid ? invalid.Failures : [f.Message]))
            {
                Console.Error.WriteLine($"HybridChat cannot start: {line}");
            }

            Environment.Exit(1);
        }
    }
}
