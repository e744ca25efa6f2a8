using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

public static class AccountActionResults
{
    // htmx swaps the account's card in place; a plain form post returns to the list it came from.
    // A refused action shows why on that account's card, with 422.
    public static async Task<IActionResult> AccountAnswerAsync(this Controller controller, AccountList accounts, AdminOutcome outcome,
        int userId, AccountListPosition position)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(position);
        if (outcome.Refusal == AdminRefusal.NotFound || await accounts.FindAsync(userId) is not { } account)
        {
            return controller.NotFound();
        }

        if (outcome.Succeeded && !controller.Request.WantsFragment())
        {
            return controller.LocalRedirect(position.Url());
        }

        var problem = outcome.Refusal is { } refusal ? Explain(refusal) : null;
        if (problem is not null)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        var viewerId = controller.User.Id();
        return controller.Request.WantsFragment()
            ? controller.PartialView("_Account", new AccountItem(account, userId == viewerId, position.Query ?? "", position.Page, problem))
            : controller.View("Users", new AccountsView(await accounts.FindAsync(position.Query, position.Page), viewerId, userId, problem));
    }

    private static string Explain(AdminRefusal refusal) => refusal switch
    {
        AdminRefusal.Yourself => "You cannot lock your own account.",
        AdminRefusal.LastAdmin => "This is the last admin. Make someone else an admin first.",
        _ => "That account is gone.",
    };
}
