using System.Text;
using HybridChat.Data.Entities;

namespace HybridChat.Jobs.Media;

// The kind and content type of a file come from its first bytes, never from its name or the type
// the client declared; the declared type only decides for containers whose head does not say
// whether they hold pictures or just sound.
public static class MediaSniffer
{
    // Enough for the track list of a WebM or the first pages of an Ogg file, which come first.
    public const int HeadLength = 4096;

    private static readonly byte[] TheoraHeader = [0x80, .. "theora"u8];

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".jfif", ".png", ".gif", ".webp", ".heic", ".heif", ".avif", ".bmp", ".tif", ".tiff"];

    public static DetectedType Detect(ReadOnlySpan<byte> head, string? declaredType)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return new(MediaKind.Image, "image/jpeg");
        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new(MediaKind.Image, "image/png");
        if (Ascii(head, 0, "GIF87a") || Ascii(head, 0, "GIF89a")) return new(MediaKind.Image, "image/gif");
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WEBP")) return new(MediaKind.Image, "image/webp");
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WAVE")) return new(MediaKind.Audio, "audio/wav");
        if (Ascii(head, 4, "ftyp")) return FromBrand(head, declaredType);
        if (head.StartsWith((byte[])[0x1A, 0x45, 0xDF, 0xA3])) return WebMTracks(head, declaredType);
        if (Ascii(head, 0, "OggS"))
        {
            return head.IndexOf(TheoraHeader) >= 0 ? new(MediaKind.Video, "video/ogg") : new(MediaKind.Audio, "audio/ogg");
        }

        if (Ascii(head, 0, "ID3") || (head.Length > 1 && head[0] == 0xFF && (head[1] & 0xE6) == 0xE2)) return new(MediaKind.Audio, "audio/mpeg");
        if (Ascii(head, 0, "%PDF-")) return new(MediaKind.Document, "application/pdf");
        return DetectedType.Unknown;
    }

    // SVG is an image to people but a script-carrying document to browsers: it is kept as a plain file.
    public static bool ClaimsImage(string? fileName, string? declaredType) =>
        (declaredType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            && !declaredType.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
        || ImageExtensions.Contains(Path.GetExtension(fileName ?? "").ToLowerInvariant());

    private static DetectedType FromBrand(ReadOnlySpan<byte> head, string? declaredType)
    {
        var brand = head.Length >= 12 ? Encoding.ASCII.GetString(head[8..12]) : "";
        return brand switch
        {
            "M4A " or "M4B " => new(MediaKind.Audio, "audio/mp4"),
            "avif" or "avis" => new(MediaKind.Image, "image/avif"),
            "heic" or "heix" or "mif1" or "msf1" => new(MediaKind.Image, "image/heic"),
            "qt  " => new(MediaKind.Video, "video/quicktime"),
            // Safari records voice notes as MP4 with a video brand.
            _ when DeclaresAudio(declaredType) => new(MediaKind.Audio, "audio/mp4"),
            _ => new(MediaKind.Video, "video/mp4"),
        };
    }

    // A WebM names each track's codec (element 0x86, "V_VP9", "A_OPUS", ...): any picture track makes
    // it a video, sound alone makes it audio (a browser's voice note); without the track list in the
    // head the declared type decides.
    private static DetectedType WebMTracks(ReadOnlySpan<byte> head, string? declaredType)
    {
        bool video = false, audio = false;
        for (var at = head.IndexOf((byte)0x86); at >= 0 && at + 3 < head.Length; at = NextCodec(head, at))
        {
            var length = head[at + 1] & 0x7F;
            if ((head[at + 1] & 0x80) != 0 && length >= 3 && head[at + 3] == (byte)'_')
            {
                video |= head[at + 2] == (byte)'V';
                audio |= head[at + 2] == (byte)'A';
            }
        }

        var isAudio = (audio && !video) || (!video && !audio && DeclaresAudio(declaredType));
        return isAudio ? new(MediaKind.Audio, "audio/webm") : new(MediaKind.Video, "video/webm");
    }

    private static int NextCodec(ReadOnlySpan<byte> head, int at)
    {
        var next = head[(at + 1)..].IndexOf((byte)0x86);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool DeclaresAudio(string? declaredType) =>
        declaredType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true;

    private static bool Ascii(ReadOnlySpan<byte> head, int offset, string text) =>
        head.Length >= offset + text.Length && head.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));
}
