using HybridChat.Data.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Infrastructure.Auth;

// Everything for admins (the admin area, the jobs dashboard, metrics) requires Policy. To anyone
// else, signed in or not, those addresses answer 404: they do not learn that an admin area exists.
public static class AdminAccess
{
    public const string Role = AdminRoles.RoleName;
    public const string Policy = "Admin";

    public static IServiceCollection AddChatAdminAccess(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(Role));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, HiddenFromNonAdmins>();
        return services;
    }

    public static async Task EnsureAdminRoleAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
        if (!await roles.RoleExistsAsync(Role))
        {
            await roles.CreateAsync(new IdentityRole<int>(Role));
        }
    }

    private sealed class HiddenFromNonAdmins : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler standard = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (!authorizeResult.Succeeded && IsAdminOnly(policy))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return standard.HandleAsync(next, context, policy, authorizeResult);
        }

        private static bool IsAdminOnly(AuthorizationPolicy policy) =>
            policy.Requirements.OfType<RolesAuthorizationRequirement>().Any(requirement => requirement.AllowedRoles.Contains(Role));
    }
}
