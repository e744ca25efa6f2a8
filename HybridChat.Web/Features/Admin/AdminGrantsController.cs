using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

// Making someone an admin, or no longer one; the change reaches their session on its next request.
[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin/users/{id:int}")]
public class AdminGrantsController(AdminRoles admins, AccountList accounts) : Controller
{
    [HttpPost("promote")]
    public async Task<IActionResult> Create(int id, AccountListPosition position) =>
        await this.AccountAnswerAsync(accounts, await admins.PromoteAsync(User.Id(), id), id, position);

    [HttpPost("demote")]
    public async Task<IActionResult> Delete(int id, AccountListPosition position) =>
        await this.AccountAnswerAsync(accounts, await admins.DemoteAsync(User.Id(), id), id, position);
}
