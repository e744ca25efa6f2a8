using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Messages;

// The group members whose user or display name starts with what follows the @ being typed, for the
// composer's autocomplete (mentions.js). Strangers get 404; direct chats have no mentions.
[Authorize]
[Route("/conversations/{id:int}/mention-suggestions")]
public class MentionSuggestionsController(ChatDbContext db) : Controller
{
    private const int MaxSuggestions = 8;

    public record Suggestion(int Id, string UserName, string DisplayName);

    [HttpGet]
    public async Task<IActionResult> Index(int id, string? prefix)
    {
        var kind = await db.Memberships.Where(m => m.ConversationId == id && m.UserId == User.Id())
            .Select(m => (ConversationKind?)m.Conversation.Kind).SingleOrDefaultAsync();
        if (kind is null)
        {
            return NotFound();
        }

        var start = (prefix ?? "").Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(), not run in .NET.
        var members = kind == ConversationKind.Direct ? [] : await db.Memberships
            .Where(m => m.ConversationId == id && m.UserId != User.Id() && m.User.DeletedAt == null
                && (m.User.NormalizedUserName!.StartsWith(start) || m.User.DisplayName.ToUpper().StartsWith(start)))
            .OrderBy(m => m.User.UserName).Take(MaxSuggestions)
            .Select(m => new Suggestion(m.UserId, m.User.UserName!, m.User.DisplayName == "" ? m.User.UserName! : m.User.DisplayName))
            .ToListAsync();
#pragma warning restore CA1304, CA1311, CA1862
        return Json(members);
    }
}
