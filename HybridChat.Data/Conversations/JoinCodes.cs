using System.Buffers.Text;
using System.Security.Cryptography;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

public record JoinCodeResult(GroupResult Result, string? Code);

// A group's invitation link: a random code that lets anyone who has it join. Making a new one
// retires the old one at once; disabling it leaves none.
public class JoinCodes(ChatDbContext db, TimeProvider clock)
{
    // 18 random bytes: 24 URL-safe characters, far beyond guessing.
    private const int CodeBytes = 18;

    public async Task<JoinCodeResult> RotateAsync(int conversationId, int actorId)
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        if (GroupAccess.Check(actor, GroupRoles.RefuseManaging) is { } refused)
        {
            return new JoinCodeResult(refused, null);
        }

        actor!.Conversation.JoinCode = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(CodeBytes));
        await db.SaveChangesAsync();
        return new JoinCodeResult(GroupResult.Done(conversationId), actor.Conversation.JoinCode);
    }

    public async Task<GroupResult> DisableAsync(int conversationId, int actorId)
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        if (GroupAccess.Check(actor, GroupRoles.RefuseManaging) is { } refused)
        {
            return refused;
        }

        actor!.Conversation.JoinCode = null;
        await db.SaveChangesAsync();
        return GroupResult.Done(conversationId);
    }

    // The group a code opens, to show before joining; null for a wrong or disabled code.
    public Task<Conversation?> FindGroupAsync(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? Task.FromResult<Conversation?>(null)
            : db.Conversations.AsNoTracking().Include(c => c.Memberships)
                .SingleOrDefaultAsync(c => c.JoinCode == code && c.Kind == ConversationKind.Group);

    // Joining twice is no error: the second time nothing changes.
    public async Task<GroupResult> JoinAsync(int userId, string? code)
    {
        var group = await FindGroupAsync(code);
        if (group is null)
        {
            return GroupResult.Refused(GroupProblem.NotFound);
        }

        var added = await db.AddMemberAsync(group.Id, userId, clock.GetUtcNow().UtcDateTime);
        return GroupResult.Done(group.Id) with { Changed = added };
    }
}
