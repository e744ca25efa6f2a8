using HybridChat.Data;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Web.Infrastructure.Validation;

namespace HybridChat.Web.Features.Accounts;

[Authorize]
[Route("/profile")]
public class ProfileController(UserManager<User> users, SignInManager<User> signIn, ChatDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Edit()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        return this.PageOrPartial("Profile", "_ProfileForm", ProfileForm.For(user));
    }

    [HttpPost]
    public async Task<IActionResult> Update(ProfileForm form)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var errors = user.Revise(form.ToChange());
        if (!errors.IsValid)
        {
            ModelState.AddErrors(errors);
            return this.InvalidForm("Profile", "_ProfileForm", form);
        }

        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        var saved = ProfileForm.For(user);
        saved.Saved = true;
        return this.PageOrPartial("Profile", "_ProfileForm", saved);
    }
}
