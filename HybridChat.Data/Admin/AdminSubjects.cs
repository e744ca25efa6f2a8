using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

internal static class AdminSubjects
{
    // The acting admin and the account acted on; a deleted account is not there to act on.
    public static async Task<(User Admin, User? Subject)> LoadAsync(this ChatDbContext db, int adminId, int subjectId)
    {
        var users = await db.Users.Where(u => u.Id == adminId || (u.Id == subjectId && u.DeletedAt == null)).ToListAsync();
        return (users.Single(u => u.Id == adminId), users.SingleOrDefault(u => u.Id == subjectId));
    }

    public static void RenewSecurityStamp(this User user) => user.SecurityStamp = Guid.NewGuid().ToString("N");
}
