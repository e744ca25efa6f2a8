using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

// Failed sign-ins with names that match no account lock out exactly like real accounts do, so a
// "locked" answer does not prove that an account exists. Kept in memory (bounded), per node.
public sealed class UnknownNameLockout(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsLockedOut(string name) =>
        failures.TryGetValue(Key(name), out Attempts? attempts) && attempts!.LockedUntil > clock.GetUtcNow();

    // Counts a failure; true when it locks the name out.
    public bool Fail(string name)
    {
        var lockout = identity.Value.Lockout;
        var attempts = failures.GetOrCreate(Key(name), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = lockout.DefaultLockoutTimeSpan;
            return new Attempts();
        })!;
        lock (attempts)
        {
            if (++attempts.Count < lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            attempts.Count = 0;
            attempts.LockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    public void Dispose() => failures.Dispose();

    private static string Key(string name) => name.Trim().ToUpperInvariant();

    private sealed class Attempts
    {
        public int Count { get; set; }
        public DateTimeOffset LockedUntil { get; set; }
    }
}
