using HybridChat.Data.Accounts;

namespace HybridChat.Web.Features.Accounts;

public static class AccountSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddSingleton<UnknownNameLockout>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<TwoFactorTickets>();
        return services;
    }
}
