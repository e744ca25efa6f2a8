using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin/users/{id:int}")]
public class AccountLocksController(AccountLocks locks, AccountList accounts) : Controller
{
    [HttpPost("lock")]
    public async Task<IActionResult> Create(int id, AccountListPosition position) =>
        await this.AccountAnswerAsync(accounts, await locks.LockAsync(User.Id(), id), id, position);

    [HttpPost("unlock")]
    public async Task<IActionResult> Delete(int id, AccountListPosition position) =>
        await this.AccountAnswerAsync(accounts, await locks.UnlockAsync(User.Id(), id), id, position);
}
