using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridChat.Data.Admin;

// Who is an admin: granted by configuration or by another admin; the last admin cannot step down.
public class AdminRoles(ChatDbContext db, AdminAudit audit, ILookupNormalizer normalizer, IOptions<AdminOptions> options)
{
    public const string RoleName = "Admin";

    public Task<AdminOutcome> PromoteAsync(int adminId, int userId) => db.InTransactionAsync(async () =>
    {
        var (admin, user) = await db.LoadAsync(adminId, userId);
        if (user is null)
        {
            return AdminOutcome.Refused(AdminRefusal.NotFound);
        }

        await GrantAsync(admin, user);
        await db.SaveChangesAsync();
        return AdminOutcome.Done(user);
    });

    public Task<AdminOutcome> DemoteAsync(int adminId, int userId) => db.InTransactionAsync(async () =>
    {
        var (admin, user) = await db.LoadAsync(adminId, userId);
        if (user is null)
        {
            return AdminOutcome.Refused(AdminRefusal.NotFound);
        }

        var roleId = await RoleIdAsync();
        var admins = await db.UserRoles.Where(r => r.RoleId == roleId).Select(r => r.UserId).ToListAsync();
        if (!admins.Contains(userId))
        {
            return AdminOutcome.Done(user);
        }

        if (admins.Count == 1)
        {
            return AdminOutcome.Refused(AdminRefusal.LastAdmin, user);
        }

        await db.UserRoles.Where(r => r.RoleId == roleId && r.UserId == userId).ExecuteDeleteAsync();
        Touch(user);
        audit.Record(admin, AdminAction.Demoted, user);
        await db.SaveChangesAsync();
        return AdminOutcome.Done(user);
    });

    // At start-up: the configured names whose accounts exist.
    public async Task GrantConfiguredAsync()
    {
        foreach (var name in options.Value.Users)
        {
            if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalizer.NormalizeName(name) && u.DeletedAt == null) is { } user)
            {
                await GrantIfConfiguredAsync(user);
            }
        }
    }

    // At sign-up, web or API: a configured name becomes an admin as soon as its account exists.
    public async Task GrantIfConfiguredAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (options.Value.Users.Any(name => normalizer.NormalizeName(name) == user.NormalizedUserName))
        {
            await db.InTransactionAsync(async () =>
            {
                var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
                await GrantAsync(null, tracked);
                await db.SaveChangesAsync();
                return user.ConcurrencyStamp = tracked.ConcurrencyStamp;
            });
        }
    }

    public async Task<bool> IsAdminAsync(int userId)
    {
        var roleId = await RoleIdAsync();
        return await db.UserRoles.AnyAsync(r => r.RoleId == roleId && r.UserId == userId);
    }

    private async Task GrantAsync(User? admin, User user)
    {
        var roleId = await RoleIdAsync();
        if (!await db.UserRoles.AnyAsync(r => r.RoleId == roleId && r.UserId == user.Id))
        {
            db.UserRoles.Add(new IdentityUserRole<int> { RoleId = roleId, UserId = user.Id });
            Touch(user);
            audit.Record(admin, AdminAction.Promoted, user);
        }
    }

    private Task<int> RoleIdAsync()
    {
        var normalized = normalizer.NormalizeName(RoleName);
        return db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleAsync();
    }

    // The row changes, so every node forgets its cached copy of the user and sees the new role.
    private static void Touch(User user) => user.ConcurrencyStamp = Guid.NewGuid().ToString();
}
