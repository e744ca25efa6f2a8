namespace HybridChat.Web.Infrastructure.Api;

public class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int AuthPermitsPerMinute { get; set; } = 20;
    public int MessagesPerTenSeconds { get; set; } = 30;
}
