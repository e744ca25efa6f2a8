using System.ComponentModel.DataAnnotations;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Web.Infrastructure.Validation;

namespace HybridChat.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class RegisterModel(Registrations registrations, SignInManager<User> signIn) : AccountFormPage<RegisterModel.RegisterInput>
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, errors) = await registrations.RegisterAsync(
            new Registration(Input.UserName, Input.Email, Input.Password, Input.DisplayName));
        if (user is null)
        {
            ModelState.AddErrors(errors, field => $"{nameof(Input)}.{field}");
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return ReturnToWhereTheyWere();
    }

    public class RegisterInput
    {
        [Required(ErrorMessage = "Choose a user name.")]
        [Display(Name = "User name")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "That is not an email address.")]
        public string Email { get; set; } = "";

        [Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Choose a password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
