using System.Net;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

public static class AdminSteps
{
    // Finds the account in the admin's list by its user name and presses one of its buttons
    // (action: lock, unlock, two-factor/reset, promote, demote), the way an admin would.
    public static async Task<HttpResponseMessage> ActOnAsync(this WebSession admin, string userName, string action)
    {
        var page = await admin.GetPageAsync($"/admin/users?query={Uri.EscapeDataString(userName)}");
        var card = page.AccountCard(userName) ?? throw new InvalidOperationException($"{userName} is not listed.");
        return await admin.SubmitAsync(page, $"#{card.Id} form[action$='/{action}']", new Dictionary<string, string>());
    }

    public static async Task ActOnAndReturnAsync(this WebSession admin, string userName, string action)
    {
        using var response = await admin.ActOnAsync(userName, action);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static IElement? AccountCard(this IDocument page, string userName) =>
        page.QuerySelectorAll("article.admin-account")
            .FirstOrDefault(card => card.QuerySelector("h2")?.TextContent.Trim().Split(' ')[0] == userName);
}
