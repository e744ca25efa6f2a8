using HybridChat.Data;
using HybridChat.Data.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HybridChat.Web.Infrastructure.Auth;

// Users as authenticated requests see them, read once and kept until the user row changes
// (UserChangeInterceptor forgets them after the change commits; a role change touches the row too),
// so checking a token's security stamp or answering GET /me costs no database round trip.
public sealed class UserSnapshots(IServiceScopeFactory scopes) : IDisposable
{
    private const int MaxUsers = 100_000;
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxUsers });

    // Bumped by every change, so a read that raced with one is used but never cached.
    private long generation;

    public async ValueTask<UserSnapshot?> FindAsync(int userId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(userId, out UserSnapshot? cached))
        {
            return cached;
        }

        var readFrom = Interlocked.Read(ref generation);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var adminRole = db.Roles.Where(r => r.Name == AdminRoles.RoleName).Select(r => r.Id);
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { User = u, IsAdmin = db.UserRoles.Any(r => r.UserId == u.Id && adminRole.Contains(r.RoleId)) })
            .SingleOrDefaultAsync(cancellationToken);
        var snapshot = found is null ? null : UserSnapshot.Of(found.User, found.IsAdmin);
        if (snapshot is not null && Interlocked.Read(ref generation) == readFrom)
        {
            cache.Set(userId, snapshot, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleLifetime });
        }

        return snapshot;
    }

    public void Forget(IEnumerable<int> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        Interlocked.Increment(ref generation);
        foreach (var userId in userIds)
        {
            cache.Remove(userId);
        }
    }

    public void Dispose() => cache.Dispose();
}
