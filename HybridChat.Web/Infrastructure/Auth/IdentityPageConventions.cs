using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace HybridChat.Web.Infrastructure.Auth;

// Identity UI brings pages HybridChat does not use, and some of its pages crash when opened
// without the state or link parameters they expect. Its files are not ours to edit, so this is
// done where the pages are registered.
public static class IdentityPageConventions
{
    private const string Area = "Identity";

    // Accounts need no confirmation and there are no external sign-in providers.
    private static readonly string[] Unused =
    [
        "/Account/ConfirmEmail",
        "/Account/RegisterConfirmation",
        "/Account/ResendEmailConfirmation",
        "/Account/ExternalLogin",
        "/Account/Manage/ExternalLogins",
    ];

    private static readonly string[] SecondSignInSteps = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    public static PageConventionCollection TidyIdentityPages(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var page in Unused)
        {
            conventions.AddAreaPageRouteModelConvention(Area, page, model => model.Selectors.Clear());
        }

        foreach (var page in SecondSignInSteps)
        {
            conventions.AddAreaPageApplicationModelConvention(Area, page, model => model.Filters.Add(new PendingTwoFactorSignInFilter()));
        }

        conventions.AddAreaPageApplicationModelConvention(Area, "/Account/ConfirmEmailChange",
            model => model.Filters.Add(new RequiredQueryFilter("userId", "email", "code")));
        return conventions;
    }
}
