namespace HybridChat.Jobs.Media;

public class MediaOptions
{
    public const string Section = "Media";

    // The side of a profile or group picture's square preview, in pixels.
    public const int AvatarSize = 256;

    public long MaxFileBytes { get; set; } = 25 * 1024 * 1024;

    // Width x height; a larger picture is refused from its header, before any pixel is decoded.
    public long MaxImagePixels { get; set; } = 40_000_000;

    // The longer side of a preview, in pixels.
    public int PreviewSize { get; set; } = 640;

    // The ffmpeg program that takes videos' poster frames: a path, or a name looked up on the PATH
    // (default "ffmpeg"). Without it videos get no poster.
    public string? Ffmpeg { get; set; }

    // An upload not sent in a message (nor used as a picture of a person or group) within this
    // time is removed.
    public double UnsentUploadHours { get; set; } = 24;

    // Defaults to the data directory's media folder.
    public string? Directory { get; set; }
}
