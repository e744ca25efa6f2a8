using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HybridChat.Web.Infrastructure.Auth;

// The second sign-in step only makes sense after a password was accepted; otherwise (a bookmark,
// an expired step) start again at the sign-in page instead of failing.
public sealed class PendingTwoFactorSignInFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<User>>();
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            context.Result = new RedirectToPageResult("/Account/Login", new { area = "Identity" });
            return;
        }

        await next();
    }
}
