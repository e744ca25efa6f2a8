using System.Text;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using HybridChat.Jobs.Email;
using HybridChat.Web.Infrastructure.Jobs;
using System.Buffers.Text;

namespace HybridChat.Web.Features.Accounts;

// "Forgot your password?" from the web page and from the API sends the same email: a link to the
// web reset page whose code the API's reset-password call accepts as its token.
public class PasswordResetMail(UserManager<User> users, Mailer mailer, LinkGenerator links, EmailSite site)
{
    public async Task SendAsync(string address)
    {
        // An account may hold an address from before they were checked; mail cannot reach it anyway.
        var trimmed = address.Trim();
        var user = EmailAddressRule.IsDeliverable(trimmed) ? await users.FindByEmailAsync(trimmed) : null;
        if (user is null || !EmailAddressRule.IsDeliverable(user.Email))
        {
            return;
        }

        var code = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var path = links.GetPathByPage("/Account/ResetPassword", handler: null, values: new { area = "Identity", code })
            ?? throw new InvalidOperationException("The reset password page has no route.");
        await mailer.SendAsync(user.Email!, new PasswordResetEmail(site.Name, user.Name, site.Link(path), code));
    }

    public async Task<IdentityResult> ResetAsync(string address, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        var token = TryDecode(code);
        if (user is null || token is null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        return await users.ResetPasswordAsync(user, token, newPassword);
    }

    private static string? TryDecode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
