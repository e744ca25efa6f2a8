using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

public record AuditPage(IReadOnlyList<AdminAuditEntry> Entries, int Page, bool HasMore);

// The admin actions, newest first. Each use case records its entry in the transaction of the change.
public class AdminAudit(ChatDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public void Record(User? admin, AdminAction action, User subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        db.Add(new AdminAuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            AdminId = admin?.Id,
            AdminName = admin?.UserName ?? AdminAuditEntry.ConfigurationName,
            Action = action,
            SubjectId = subject.Id,
            SubjectName = subject.UserName ?? "",
        });
    }

    public async Task<AuditPage> PageAsync(int page)
    {
        page = Math.Max(page, 1);
        var entries = await db.Set<AdminAuditEntry>().AsNoTracking().OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        return new AuditPage([.. entries.Take(PageSize)], page, entries.Count > PageSize);
    }
}
