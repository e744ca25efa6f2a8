using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin/audit")]
public class AuditController(AdminAudit audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1) => View("Audit", await audit.PageAsync(page));
}
