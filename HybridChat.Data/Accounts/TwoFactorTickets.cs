using System.Globalization;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Accounts;

public record TwoFactorTicket(User User, string StoredValue);

// After the right password of a two-factor account the API hands out a ticket instead of tokens:
// good for a few minutes and for one completed second factor. Only its hash is kept, as a user
// token in Identity's table, so a newer ticket replaces an older one and every node can check it.
public class TwoFactorTickets(ChatDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const string Provider = "[HybridChat]";
    private const string Name = "ApiTwoFactorTicket";

    public async Task<string> IssueAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = SecretText.New();
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        await Stored(user.Id).ExecuteDeleteAsync();
        db.UserTokens.Add(new IdentityUserToken<int>
        {
            UserId = user.Id, LoginProvider = Provider, Name = Name,
            Value = $"{SecretText.Hash(secret)}:{expires.ToString(CultureInfo.InvariantCulture)}",
        });
        await db.SaveChangesAsync();
        return $"{user.Id.ToString(CultureInfo.InvariantCulture)}.{secret}";
    }

    // The ticket while it is unexpired and not yet used; null otherwise.
    public async Task<TwoFactorTicket?> FindAsync(string ticket)
    {
        var parts = (ticket ?? "").Split('.', 2);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }

        var stored = await Stored(userId).Select(t => t.Value).SingleOrDefaultAsync();
        var fields = (stored ?? "").Split(':');
        var valid = fields.Length == 2 && fields[0] == SecretText.Hash(parts[1])
            && long.TryParse(fields[1], CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires;
        var user = valid ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId) : null;
        return user is null ? null : new TwoFactorTicket(user, stored!);
    }

    // One conditional delete: of two completions racing with one ticket, only one claims it.
    public async Task<bool> ClaimAsync(TwoFactorTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return await Stored(ticket.User.Id).Where(t => t.Value == ticket.StoredValue).ExecuteDeleteAsync() == 1;
    }

    private IQueryable<IdentityUserToken<int>> Stored(int userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == Name);
}
