using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// A message may carry only its sender's own uploads that no message carries yet. Checked when the
// send arrives and again inside the writer's transaction, where an upload may have been removed or
// sent by another message in the meantime.
public static class AttachmentRule
{
    public const string Field = nameof(SendMessage.AttachmentIds);
    public const string Gone = "A file you attached is no longer there (uploads not sent for a while are removed): upload it again.";
    public const string Taken = "Attach only files you uploaded and have not sent yet.";

    public static async Task<Dictionary<int, Media>> LoadAsync(ChatDbContext db, IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Media.Where(m => wanted.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
    }

    // Someone else's upload is answered like a missing one: ids say nothing about other people's files.
    public static string? Problem(SendMessage send, IReadOnlyDictionary<int, Media> uploads)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(uploads);
        var ids = send.AttachmentIds ?? [];
        if (ids.Any(id => !uploads.TryGetValue(id, out var media) || media.UploaderId != send.SenderId))
        {
            return Gone;
        }

        return ids.Any(id => uploads[id] is not { MessageId: null, Message: null }) ? Taken : null;
    }

    public static ValidationErrors Error(string problem)
    {
        var errors = new ValidationErrors();
        errors.Add(Field, problem);
        return errors;
    }
}
