using System.Globalization;
using HybridChat.Data.Admin;

namespace HybridChat.Web.Features.Admin;

// Where in the accounts list an admin is; forms carry it, so a plain post returns there.
public class AccountListPosition
{
    public string? Query { get; set; }

    public int Page { get; set; } = 1;

    public static string Url(string? query, int page) =>
        $"/admin/users?query={Uri.EscapeDataString(query ?? "")}&page={page.ToString(CultureInfo.InvariantCulture)}";

    public string Url() => Url(Query, Page);
}

public record AccountItem(AccountRow Account, bool IsYou, string Query, int Page, string? Problem = null)
{
    public string DomId => $"account-{Account.Id.ToString(CultureInfo.InvariantCulture)}";

    public string ActionUrl(string action) => $"/admin/users/{Account.Id.ToString(CultureInfo.InvariantCulture)}/{action}";
}

public record AccountsView(AccountPage Accounts, int ViewerId, int? ProblemUserId = null, string? Problem = null)
{
    public IEnumerable<AccountItem> Items =>
        Accounts.Items.Select(a => new AccountItem(a, a.Id == ViewerId, Accounts.Query, Accounts.Page, a.Id == ProblemUserId ? Problem : null));

    public string? PreviousUrl => Accounts.Page > 1 ? AccountListPosition.Url(Accounts.Query, Accounts.Page - 1) : null;

    public string? NextUrl => Accounts.HasMore ? AccountListPosition.Url(Accounts.Query, Accounts.Page + 1) : null;
}
