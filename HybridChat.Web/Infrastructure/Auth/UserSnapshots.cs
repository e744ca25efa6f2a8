using HybridChat.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HybridChat.Web.Infrastructure.Auth;

// Users as authenticated requests see them, read once and kept until the user row changes
// (UserChangeInterceptor forgets them after the change commits), so checking a token's security
// stamp or answering GET /me costs no database round trip.
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
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var snapshot = user is null ? null : UserSnapshot.Of(user);
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
