using System.Net;
using AngleSharp.Dom;

namespace HybridChat.Tests.Infrastructure;

public static class AccountSteps
{
    public const string Password = "correct horse battery";

    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<HttpResponseMessage> RegisterAsync(this WebSession session, string userName, string? email = null, string password = Password)
    {
        var page = await session.GetPageAsync("/Identity/Account/Register");
        return await session.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Email"] = email ?? $"{userName}@example.test",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    public static async Task<HttpResponseMessage> LogInAsync(this WebSession session, string userNameOrEmail, string password = Password)
    {
        var page = await session.GetPageAsync("/Identity/Account/Login");
        return await session.SubmitAsync(page, "#login-form", new Dictionary<string, string>
        {
            ["Input.UserNameOrEmail"] = userNameOrEmail,
            ["Input.Password"] = password,
        });
    }

    public static async Task<HttpResponseMessage> LogOutAsync(this WebSession session)
    {
        var home = await session.GetPageAsync("/");
        return await session.SubmitAsync(home, "form[action^='/Identity/Account/Logout']", new Dictionary<string, string>());
    }

    public static async Task<string> SignUpAsync(this WebSession session, string prefix = "user")
    {
        var userName = UniqueName(prefix);
        using var response = await session.RegisterAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return userName;
    }

    public static string? FieldError(this IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();
}
