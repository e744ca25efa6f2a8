using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Accounts;

[Authorize]
[Route("/profile/delete")]
public class AccountDeletionController(UserManager<User> users, SignInManager<User> signIn, AccountDeletions deletions) : Controller
{
    [HttpGet]
    public IActionResult New() => View("DeleteAccount", new DeleteAccountForm());

    [HttpPost]
    public async Task<IActionResult> Create(DeleteAccountForm form)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var errors = await deletions.DeleteAsync(user, form.Password);
        if (!errors.IsValid)
        {
            ModelState.AddErrors(errors);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("DeleteAccount", form);
        }

        await signIn.SignOutAsync();
        return View("AccountDeleted");
    }
}
