using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin/users")]
public class AdminAccountsController(AccountList accounts) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? query, int page = 1) =>
        this.PageOrPartial("Users", "_Accounts", new AccountsView(await accounts.FindAsync(query, page), User.Id()));
}
