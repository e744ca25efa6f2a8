using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

public record AdminCounts(int Users, int Messages, int Conversations)
{
    public static async Task<AdminCounts> ReadAsync(ChatDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new AdminCounts(
            await db.Users.CountAsync(u => u.DeletedAt == null),
            await db.Messages.CountAsync(m => m.DeletedAt == null),
            await db.Conversations.CountAsync());
    }
}
