using System.ComponentModel.DataAnnotations;
using HybridChat.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridChat.Web.Areas.Identity.Pages.Account;

// Identity UI's own page only mails confirmed addresses; HybridChat does not ask people to
// confirm theirs, so every account can reset its password.
[AllowAnonymous]
public class ForgotPasswordModel(PasswordResetMail resetMail) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await resetMail.SendAsync(Input.Email);
        // The same answer whether or not the address has an account, so nobody can probe for one.
        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    public class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "That is not an email address.")]
        public string Email { get; set; } = "";
    }
}
