namespace HybridChat.Web.Features.Admin;

// One button on an account's card, posting to /admin/users/{id}/{Action}.
public record AccountAction(AccountItem Item, string Action, string Label, string Style = "secondary");
