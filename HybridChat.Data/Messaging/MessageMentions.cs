using System.Text.RegularExpressions;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Who a message names with @: members of the group (not the sender) whose user name follows an @
// outside code. Direct chats have no mentions: the other person is told of every message anyway.
// @everyone mentions all members; in groups of more than EveryoneOpenUpTo members only owners and
// admins may use it, anyone else's @everyone stays plain text.
public static partial class MessageMentions
{
    public const string Everyone = "everyone";
    public const int EveryoneOpenUpTo = 20;

    public static async Task<MentionTargets> FindAsync(ChatDbContext db, int conversationId, int senderId, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = NormalizedNamesIn(text);
        if (names.Count == 0)
        {
            return MentionTargets.None;
        }

        var group = await db.Conversations.Where(c => c.Id == conversationId && c.Kind == ConversationKind.Group)
            .Select(c => new { Members = c.Memberships.Count, SenderRole = c.Memberships.Where(m => m.UserId == senderId).Select(m => m.Role).FirstOrDefault() })
            .SingleOrDefaultAsync();
        if (group is null)
        {
            return MentionTargets.None;
        }

        var users = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != senderId && names.Contains(m.User.NormalizedUserName!))
            .Select(m => m.User).ToListAsync();
        var everyone = names.Contains(Everyone.ToUpperInvariant()) && (group.Members <= EveryoneOpenUpTo || group.SenderRole >= MemberRole.Admin);
        return new MentionTargets(users, everyone);
    }

    // False when the text cannot name anyone, which spares the search for names.
    public static bool MayMention(string text) => text?.Contains('@', StringComparison.Ordinal) == true;

    // Keeps the rows of people still mentioned, so an edit neither re-adds nor re-deletes them.
    public static void MentionOnly(this Message message, MentionTargets targets)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(targets);
        message.Mentions.RemoveAll(m => targets.Users.All(u => u.Id != m.UserId));
        message.Mentions.AddRange(targets.Users.Where(u => message.Mentions.All(m => m.UserId != u.Id))
            .Select(u => new MessageMention { Message = message, UserId = u.Id, User = u }));
        message.MentionsEveryone = targets.Everyone;
    }

    // The names after each @, as typed and without a sentence's closing dot or dash ("thanks @ana.").
    public static IEnumerable<string> NamesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in NameToken().Matches(Code().Replace(text, " ")))
        {
            var name = match.Groups["name"].Value;
            yield return name;
            if (name.TrimEnd('.', '-') is { Length: > 0 } trimmed && trimmed != name)
            {
                yield return trimmed;
            }
        }
    }

    private static HashSet<string> NormalizedNamesIn(string text) =>
        [.. NamesIn(text).Select(name => name.ToUpperInvariant())];

    // The characters of a user name (AllowedUserNameCharacters), after an @ that does not end a word
    // or an email address's local part.
    [GeneratedRegex(@"(?<![A-Za-z0-9._@-])@(?<name>[A-Za-z0-9._-]+)")]
    public static partial Regex NameToken();

    [GeneratedRegex(@"```.*?(```|$)|`[^`\n]*`", RegexOptions.Singleline)]
    private static partial Regex Code();
}

public record MentionTargets(IReadOnlyList<User> Users, bool Everyone)
{
    public static readonly MentionTargets None = new([], false);
}
