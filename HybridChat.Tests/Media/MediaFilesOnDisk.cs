using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Media;

// Where an upload's original and preview lie in the app's media folder, read from its row.
public sealed record MediaFilesOnDisk(bool RowExists, IReadOnlyList<string> Paths)
{
    public bool AnyExists => Paths.Any(File.Exists);

    public static async Task<MediaFilesOnDisk> OfAsync(ChatApp app, int mediaId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var row = await app.InDatabaseAsync(db => db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mediaId));
        string[] keys = row is null ? [] : [row.StoragePath, .. row.ThumbnailPath is { } preview ? [preview] : Array.Empty<string>()];
        return new MediaFilesOnDisk(row is not null, [.. keys.Select(key => Path.Combine(app.DataDirectory, "media", key))]);
    }
}
