using HybridChat.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using HybridChat.Web.Features.Accounts;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatAccountSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddSingleton<UnknownNameLockout>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<TwoFactorTickets>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<AccountDeletions>();
        services.AddScoped<AccountExport>();
        services.AddScoped<ISecurityStampValidator, AccountStateStampValidator>();
        return services;
    }
}
