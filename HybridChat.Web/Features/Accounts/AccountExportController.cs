using System.Text.Json;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

[Authorize]
[Route("/profile/export")]
public class AccountExportController(UserManager<User> users, AccountExport export, IOptions<JsonOptions> json) : Controller
{
    public const string FileName = "hybridchat-data.json";

    [HttpGet]
    public async Task<IActionResult> Show()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var data = await export.ForAsync(user.Id);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, json.Value.JsonSerializerOptions), "application/json", FileName);
    }
}
