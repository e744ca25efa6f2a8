using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Infrastructure.Auth;

// The account pages that check a secret or send mail are limited per address like the API's auth
// calls, under the same policy and so the same budget.
public static class AccountPageRateLimits
{
    private const string Area = "Identity";

    private static readonly string[] Pages =
    [
        "/Account/Login",
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Register",
        "/Account/ForgotPassword",
        "/Account/ResetPassword",
    ];

    public static PageConventionCollection LimitAccountPages(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var page in Pages)
        {
            conventions.AddAreaPageApplicationModelConvention(Area, page,
                model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.Auth)));
        }

        return conventions;
    }
}
