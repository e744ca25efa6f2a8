using HybridChat.Data;
using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin")]
public class AdminController(ChatDbContext db, ConnectionRegistry connections) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(new AdminDashboard(await AdminCounts.ReadAsync(db), connections.OpenStreams));
}
