using HybridChat.Data;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using HybridChat.Web.Infrastructure.Auth;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatAccountsServiceCollectionExtensions
{
    public static IServiceCollection AddChatAccounts(this IServiceCollection services)
    {
        services.AddDefaultIdentity<User>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                // No "@" in user names, so a sign-in name is unambiguously a user name or an email.
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 8;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddUserValidator<DeliverableEmailValidator>()
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<ChatDbContext>()
            .AddUserManager<ChatUserManager>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "hybridchat.session";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.EventsType = typeof(BrowserSessionEvents);
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = BrowserSessionEvents.KeepSignInId);
        services.AddScoped<BrowserSessionEvents>();
        services.AddScoped<SessionEvents>();

        services.AddSingleton<UserSnapshots>();
        services.AddSingleton<IInterceptor, UserChangeInterceptor>();
        services.AddScoped<Registrations>();
        services.AddScoped<PasswordResetMail>();
        services.AddAccountSecurity();
        return services;
    }
}
