using HybridChat.Data.Entities;

namespace HybridChat.Bench.App;

// Who takes part. Pool users hide their presence (visibility "nobody") so the fan-out, send and
// idle scenarios measure messages and connections, not presence; Pool[0] is friends with everyone
// in the pool and creates their groups. Storm users show presence to everyone, as new accounts do,
// for the join storm. Template registered through the API; its password signs in every seeded user.
internal sealed record BenchPopulation(BenchUser Template, IReadOnlyList<BenchUser> Pool, IReadOnlyList<BenchUser> Storm)
{
    public const string Password = "bench-password-1";

    public BenchUser PoolOwner => Pool[0];

    public static async Task<BenchPopulation> SeedAsync(ChatAppProcess app, ChatApi api, BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        var templateId = await api.RegisterAsync("bench-template", Password, cancellationToken);
        var seeder = new DatabaseSeeder(app.DatabasePath);
        var template = await seeder.UserAsync(templateId, cancellationToken);
        var hash = await seeder.PasswordHashOfAsync(templateId, cancellationToken);
        var pool = await seeder.AddUsersAsync("bench-pool-", options.UserPool, LastSeenVisibility.Nobody, hash, cancellationToken);
        var storm = await seeder.AddUsersAsync("bench-storm-", options.StormMembers, LastSeenVisibility.Everyone, hash, cancellationToken);
        await seeder.AddFriendshipsAsync(pool[0], pool, cancellationToken);
        await seeder.AddFriendshipsAsync(template, [pool[0]], cancellationToken);
        await seeder.AddFriendshipsAsync(storm[0], storm, cancellationToken);
        return new BenchPopulation(template, pool, storm);
    }
}
