namespace HybridChat.Web.Infrastructure.Auth;

public class ApiTokenOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "HybridChat";
    public string Audience { get; set; } = "HybridChat.Api";
    // Fractions allowed (0.5 is 30 seconds), so tests can watch tokens expire.
    public double AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 30;

    // Base64 of at least 32 random bytes. Required in production; elsewhere one is generated
    // once and kept in the data directory.
    public string? SigningKey { get; set; }

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);
    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(RefreshTokenDays);
}
