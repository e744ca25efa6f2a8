namespace HybridChat.Web.Features.Accounts;

public class DeleteAccountForm
{
    public string? Password { get; set; }
}
