using HybridChat.Data;
using Hangfire;
using HybridChat.Data.Admin;
using HybridChat.Jobs.Hosting;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Admin;

[Authorize(Policy = AdminAccess.Policy)]
[Route("/admin")]
public class AdminController(ChatDbContext db, ConnectionRegistry connections, JobStorage jobs) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(new AdminDashboard(await AdminCounts.ReadAsync(db), connections.OpenStreams, JobCounts.Read(jobs)));
}
