using HybridChat.Data.Entities;

namespace HybridChat.Jobs.Media;

public record DetectedType(MediaKind Kind, string ContentType)
{
    public static readonly DetectedType Unknown = new(MediaKind.Other, "application/octet-stream");

    // Served inline (shown in the page) only for types a browser displays without running them.
    public bool IsSafeInline => Kind is MediaKind.Image or MediaKind.Video or MediaKind.Audio || ContentType == "application/pdf";
}
