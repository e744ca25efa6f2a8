namespace HybridChat.Web.Infrastructure.Api;

public static class RateLimitPolicies
{
    // Per client address: sign-in, registration, token refresh, password reset.
    public const string Auth = "auth";

    // Per signed-in user: posting messages.
    public const string SendMessage = "send-message";
}
