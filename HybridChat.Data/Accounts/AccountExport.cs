using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Accounts;

public record ExportedProfile(int Id, string UserName, string? Email, string DisplayName, string? Bio,
    LastSeenVisibility LastSeenVisibility, DateTime CreatedAt);

public record ExportedFriend(int Id, string UserName, string DisplayName, DateTime FriendsSince);

public record ExportedMessage(long Id, int ConversationId, string? ConversationTitle, string Text, DateTime CreatedAt,
    DateTime? EditedAt, DateTime? DeletedAt);

public record AccountData(DateTime ExportedAt, ExportedProfile Profile, IReadOnlyList<ExportedFriend> Friends,
    IReadOnlyList<ExportedMessage> MessagesSent);

// "Download my data": the profile, the friends and every message the person sent.
public class AccountExport(ChatDbContext db, TimeProvider clock)
{
    public async Task<AccountData> ForAsync(int userId)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        var friends = await db.Friendships.AsNoTracking().Where(f => f.UserLowId == userId || f.UserHighId == userId)
            .Select(f => new { Friend = f.UserLowId == userId ? f.UserHigh : f.UserLow, f.CreatedAt })
            .Select(f => new ExportedFriend(f.Friend.Id, f.Friend.UserName!, f.Friend.DisplayName, f.CreatedAt))
            .ToListAsync();
        var messages = await db.Messages.AsNoTracking().Where(m => m.SenderId == userId).OrderBy(m => m.Id)
            .Select(m => new ExportedMessage(m.Id, m.ConversationId, m.Conversation.Title, m.Text, m.CreatedAt, m.EditedAt, m.DeletedAt))
            .ToListAsync();
        var profile = new ExportedProfile(user.Id, user.UserName!, user.Email, user.DisplayName, user.Bio, user.LastSeenVisibility, user.CreatedAt);
        return new AccountData(clock.GetUtcNow().UtcDateTime, profile, friends, messages);
    }
}
