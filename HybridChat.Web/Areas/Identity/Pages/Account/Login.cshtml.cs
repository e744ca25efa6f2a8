using System.ComponentModel.DataAnnotations;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class LoginModel(SignInManager<User> signIn, PasswordSignIn passwords) : AccountFormPage<LoginModel.LoginInput>
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (_, result) = await passwords.CheckAsync(Input.UserNameOrEmail, Input.Password,
            user => signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true));

        if (result.Succeeded)
        {
            return ReturnToWhereTheyWere();
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(string.Empty, "That user name or password is not right.");
        return Page();
    }

    public class LoginInput
    {
        [Required(ErrorMessage = "Enter your user name or email.")]
        [Display(Name = "User name or email")]
        public string UserNameOrEmail { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
