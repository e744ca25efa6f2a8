using HybridChat.Data;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Bench.App;

// Registering thousands of users through the API would mostly measure password hashing. Users are
// written straight into the app's database instead, with the hash of one user that did register
// through the API (so every seeded user signs in with that same password), and friendships likewise.
internal sealed class DatabaseSeeder(string databasePath)
{
    public async Task<string> PasswordHashOfAsync(int userId, CancellationToken cancellationToken)
    {
        await using var db = Open();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash!).SingleAsync(cancellationToken);
    }

    public async Task<BenchUser> UserAsync(int userId, CancellationToken cancellationToken)
    {
        await using var db = Open();
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        return new BenchUser(user.Id, user.UserName!, user.SecurityStamp!);
    }

    public async Task<IReadOnlyList<BenchUser>> AddUsersAsync(string prefix, int count, LastSeenVisibility visibility, string passwordHash,
        CancellationToken cancellationToken)
    {
        await using var db = Open();
        var users = Enumerable.Range(0, count).Select(i => $"{prefix}{i}").Select(name => new User
        {
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            Email = $"{name}@bench.invalid",
            NormalizedEmail = $"{name}@bench.invalid".ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = name,
            LastSeenVisibility = visibility,
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync(cancellationToken);
        return [.. users.Select(u => new BenchUser(u.Id, u.UserName!, u.SecurityStamp!))];
    }

    public async Task AddFriendshipsAsync(BenchUser user, IEnumerable<BenchUser> friends, CancellationToken cancellationToken)
    {
        await using var db = Open();
        db.Friendships.AddRange(friends.Where(f => f.Id != user.Id).Select(f => Friendship.Between(user.Id, f.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private SqliteChatDbContext Open()
    {
        var db = new SqliteChatDbContext(new DbContextOptionsBuilder<SqliteChatDbContext>().UseSqlite($"Data Source={databasePath}").Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }
}
