namespace HybridChat.E2E.Infrastructure;

public static class Names
{
    // One database serves the whole run, so every test signs up its own people (user names <= 32).
    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..24];
}
