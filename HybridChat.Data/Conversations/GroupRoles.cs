using HybridChat.Data.Entities;

namespace HybridChat.Data.Conversations;

// Who may do what in a group. Each rule answers null when allowed, or the reason it is not, in
// words for the person who tried. The API, the pages and the buttons they show all ask here.
public static class GroupRoles
{
    public static bool Manages(this Membership member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Role >= MemberRole.Admin;
    }

    public static string? RefuseManaging(Membership actor) =>
        actor.Manages() ? null : "Only the group's owner and admins can do that.";

    public static string? RefuseRoleChange(Membership actor, Membership target, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (RefuseManaging(actor) is { } notManager)
        {
            return notManager;
        }

        if (role == MemberRole.Owner)
        {
            return actor.Role == MemberRole.Owner ? null : "Only the owner can hand over ownership.";
        }

        if (target.Role == MemberRole.Owner)
        {
            return "The owner's role changes only when they hand over ownership.";
        }

        if (actor.Role == MemberRole.Admin && target.Role == MemberRole.Admin && target.UserId != actor.UserId)
        {
            return "Admins cannot change other admins.";
        }

        return target.Role == role || actor.Role == MemberRole.Owner ? null : "Only the owner makes or unmakes admins.";
    }

    // Removing yourself is leaving, which anyone may do.
    public static string? RefuseRemoval(Membership actor, Membership target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        if (actor.UserId == target.UserId)
        {
            return null;
        }

        return RefuseManaging(actor)
            ?? (target.Role == MemberRole.Owner ? "Nobody can remove the owner." : null)
            ?? (target.Role == MemberRole.Admin && actor.Role != MemberRole.Owner ? "Admins cannot remove other admins." : null);
    }
}
