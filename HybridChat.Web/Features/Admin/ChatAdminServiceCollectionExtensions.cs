using HybridChat.Data.Admin;
using HybridChat.Web.Features.Admin;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddScoped<AdminAudit>();
        services.AddScoped<AdminRoles>();
        services.AddScoped<AccountLock>();
        services.AddScoped<TwoFactorReset>();
        services.AddScoped<AccountList>();
        services.AddScoped<AccountLocks>();
        services.AddScoped<TwoFactorResets>();
        return services;
    }

    // The accounts named by Admin:Users that already exist; later ones are granted as they sign up.
    public static async Task GrantConfiguredAdminsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminRoles>().GrantConfiguredAsync();
    }
}
