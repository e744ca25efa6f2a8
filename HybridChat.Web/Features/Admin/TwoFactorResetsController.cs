using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Data.Admin;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin/users/{id:int}/two-factor/reset")]
public class TwoFactorResetsController(TwoFactorResets resets, AccountList accounts) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Create(int id, AccountListPosition position) =>
        await this.AccountAnswerAsync(accounts, await resets.ResetAsync(User.Id(), id), id, position);
}
