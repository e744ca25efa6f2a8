using HybridChat.Data.Entities;
using HybridChat.Jobs.Email;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Infrastructure.Auth;

// Identity's own check lets through addresses no mail can be sent to ("a b@x.test", 5000 characters).
public class DeliverableEmailValidator : IUserValidator<User>
{
    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var email = user.Email;
        if (string.IsNullOrEmpty(email) || EmailAddressRule.IsDeliverable(email))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var description = email.Length > EmailAddressRule.MaxLength
            ? $"Email can be at most {EmailAddressRule.MaxLength} characters."
            : "That is not an email address we can send mail to.";
        return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidEmail), Description = description }));
    }
}
