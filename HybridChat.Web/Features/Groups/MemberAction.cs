using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.People;

namespace HybridChat.Web.Features.Groups;

public record MemberItem(Membership Member, Membership Viewer, PresenceView? Presence);

// One button beside a member: offered only when GroupRoles would allow it.
public record MemberAction(string Label, string Url, MemberRole? Role = null, string Style = "secondary")
{
    private static readonly (MemberRole Role, string Label)[] RoleChanges =
        [(MemberRole.Admin, "Make admin"), (MemberRole.Member, "Remove admin"), (MemberRole.Owner, "Make owner")];

    public static IEnumerable<MemberAction> For(Membership member, Membership viewer)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(viewer);
        if (member.UserId == viewer.UserId)
        {
            yield break;
        }

        var url = $"/conversations/{member.ConversationId}/members/{member.UserId}";
        foreach (var (role, label) in RoleChanges)
        {
            if (member.Role != role && GroupRoles.RefuseRoleChange(viewer, member, role) is null)
            {
                yield return new MemberAction(label, $"{url}/role", role);
            }
        }

        if (GroupRoles.RefuseRemoval(viewer, member) is null)
        {
            yield return new MemberAction("Remove", $"{url}/remove", Style: "secondary danger");
        }
    }
}
