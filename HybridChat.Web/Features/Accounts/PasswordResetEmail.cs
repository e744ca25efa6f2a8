using HybridChat.Jobs.Email;

namespace HybridChat.Web.Features.Accounts;

public record PasswordResetEmail(string SiteName, string Name, string Link, string Code) : IEmailModel
{
    public string Subject => $"Reset your {SiteName} password";
}
