namespace HybridChat.Data.Admin;

// Admin:Users:0=alice: user names made admins at start-up, or when they sign up later.
public class AdminOptions
{
    public const string Section = "Admin";

    public IList<string> Users { get; } = [];
}
