using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace HybridChat.Web.Areas.Identity.Pages.Account;

// Identity UI's own page only mails confirmed addresses; HybridChat does not ask people to
// confirm theirs, so every account can reset its password.
[AllowAnonymous]
public class ForgotPasswordModel(UserManager<User> users, IEmailSender email) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { area = "Identity", code }, protocol: Request.Scheme)!;
            await email.SendEmailAsync(user.Email!, "Reset your HybridChat password",
                $"<p>Hello {HtmlEncoder.Default.Encode(user.Name)},</p>" +
                $"<p>Someone asked to reset the password of your HybridChat account. If it was you, " +
                $"<a href=\"{HtmlEncoder.Default.Encode(link)}\">choose a new password</a>.</p>" +
                "<p>If it was not you, ignore this email: your password stays as it is.</p>");
        }

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
