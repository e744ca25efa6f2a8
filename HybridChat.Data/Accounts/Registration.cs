namespace HybridChat.Data.Accounts;

public record Registration(string UserName, string Email, string Password, string? DisplayName);
