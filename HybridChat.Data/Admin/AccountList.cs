using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

public record AccountRow(int Id, string UserName, string DisplayName, string? Email, DateTime CreatedAt, DateTimeOffset? LockoutEnd,
    bool TwoFactor, bool IsAdmin)
{
    public bool IsLocked => AccountLock.IsLocked(LockoutEnd);
}

public record AccountPage(string Query, IReadOnlyList<AccountRow> Items, int Page, bool HasMore);

// Every account but the deleted ones, for admins: by user name, display name or email (any part,
// ignoring case), oldest first, in numbered pages.
public class AccountList(ChatDbContext db)
{
    public const int PageSize = 25;

    public async Task<AccountPage> FindAsync(string? query, int page)
    {
        var text = query?.Trim() ?? "";
        page = Math.Max(page, 1);
        var accounts = db.Users.Where(u => u.DeletedAt == null);
        if (text.Length > 0)
        {
            var upper = text.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(), which folds letters beyond ASCII too (see SqliteUnicodeUpper).
            accounts = accounts.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                || u.DisplayName.ToUpper().Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await Rows(accounts.OrderBy(u => u.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)).ToListAsync();
        return new AccountPage(text, [.. rows.Take(PageSize)], page, rows.Count > PageSize);
    }

    public Task<AccountRow?> FindAsync(int userId) => Rows(db.Users.Where(u => u.Id == userId && u.DeletedAt == null)).SingleOrDefaultAsync();

    private IQueryable<AccountRow> Rows(IQueryable<User> users)
    {
        var adminRole = db.Roles.Where(r => r.Name == AdminRoles.RoleName).Select(r => r.Id);
        return users.Select(u => new AccountRow(u.Id, u.UserName!, u.DisplayName, u.Email, u.CreatedAt, u.LockoutEnd, u.TwoFactorEnabled,
            db.UserRoles.Any(r => r.UserId == u.Id && adminRole.Contains(r.RoleId))));
    }
}
