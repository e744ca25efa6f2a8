using System.Text;
using HybridChat.Data.Entities;

namespace HybridChat.Jobs.Media;

// The kind and content type of a file come from its first bytes, never from its name or the type
// the client declared; those only tell a WebM voice note from a WebM video.
public static class MediaSniffer
{
    public const int HeadLength = 16;

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".jfif", ".png", ".gif", ".webp", ".heic", ".heif", ".avif", ".bmp", ".tif", ".tiff"];

    public static DetectedType Detect(ReadOnlySpan<byte> head, string? declaredType)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return new(MediaKind.Image, "image/jpeg");
        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new(MediaKind.Image, "image/png");
        if (Ascii(head, 0, "GIF87a") || Ascii(head, 0, "GIF89a")) return new(MediaKind.Image, "image/gif");
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WEBP")) return new(MediaKind.Image, "image/webp");
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WAVE")) return new(MediaKind.Audio, "audio/wav");
        if (Ascii(head, 4, "ftyp")) return FromBrand(head);
        if (head.StartsWith((byte[])[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return declaredType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true
                ? new(MediaKind.Audio, "audio/webm") : new(MediaKind.Video, "video/webm");
        }

        if (Ascii(head, 0, "OggS")) return new(MediaKind.Audio, "audio/ogg");
        if (Ascii(head, 0, "ID3") || (head.Length > 1 && head[0] == 0xFF && (head[1] & 0xE6) == 0xE2)) return new(MediaKind.Audio, "audio/mpeg");
        if (Ascii(head, 0, "%PDF-")) return new(MediaKind.Document, "application/pdf");
        return DetectedType.Unknown;
    }

    // SVG is an image to people but a script-carrying document to browsers: it is kept as a plain file.
    public static bool ClaimsImage(string? fileName, string? declaredType) =>
        (declaredType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            && !declaredType.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
        || ImageExtensions.Contains(Path.GetExtension(fileName ?? "").ToLowerInvariant());

    private static DetectedType FromBrand(ReadOnlySpan<byte> head)
    {
        var brand = head.Length >= 12 ? Encoding.ASCII.GetString(head[8..12]) : "";
        return brand switch
        {
            "M4A " or "M4B " => new(MediaKind.Audio, "audio/mp4"),
            "avif" or "avis" => new(MediaKind.Image, "image/avif"),
            "heic" or "heix" or "mif1" or "msf1" => new(MediaKind.Image, "image/heic"),
            "qt  " => new(MediaKind.Video, "video/quicktime"),
            _ => new(MediaKind.Video, "video/mp4"),
        };
    }

    private static bool Ascii(ReadOnlySpan<byte> head, int offset, string text) =>
        head.Length >= offset + text.Length && head.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));
}
