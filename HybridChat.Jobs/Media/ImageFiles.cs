using NetVips;

namespace HybridChat.Jobs.Media;

// libvips reads a picture's header without decoding it and decodes the rest lazily, so sizes are
// checked before any pixel memory is spent, and previews shrink while loading (JPEG, WebP).
public static class ImageFiles
{
    private static readonly string[] Metadata = ["exif-data", "xmp-data", "iptc-data"];

    public static (int Width, int Height) ReadSize(string path)
    {
        using var image = Image.NewFromFile(path, access: Enums.Access.Sequential);
        var sideways = image.GetFields().Contains("orientation") && image.Get("orientation") is int orientation && orientation >= 5;
        return sideways ? (image.Height, image.Width) : (image.Width, image.Height);
    }

    // Photos carry the camera and where they were taken: the pixels are kept upright (orientation
    // applied), everything but the colour profile goes. Null when there was nothing to remove.
    public static (int Width, int Height)? RemoveMetadata(string path, string cleanedPath, string contentType)
    {
        using var image = Image.NewFromFile(path, failOn: Enums.FailOn.Error);
        var fields = image.GetFields();
        var turned = fields.Contains("orientation") && image.Get("orientation") is int orientation && orientation != 1;
        if (!Metadata.Any(fields.Contains) && !turned)
        {
            return null;
        }

        using var upright = image.Autorot();
        var format = contentType switch
        {
            "image/jpeg" => ".jpg[Q=90,keep=icc]",
            "image/png" => ".png[keep=icc]",
            "image/webp" => ".webp[Q=90,keep=icc]",
            _ => throw new VipsException($"Cannot remove metadata from {contentType}."),
        };
        File.WriteAllBytes(cleanedPath, upright.WriteToBuffer(format));
        return (upright.Width, upright.Height);
    }

    public static byte[] Preview(Stream original, int size)
    {
        using var preview = Image.ThumbnailStream(original, size, height: size, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
        return preview.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None);
    }

    // Profile and group pictures: the middle of the picture, cropped to a square of exactly this size.
    public static byte[] SquarePreview(Stream original, int size)
    {
        using var preview = Image.ThumbnailStream(original, size, height: size, size: Enums.Size.Both, crop: Enums.Interesting.Centre,
            failOn: Enums.FailOn.Error);
        return preview.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None);
    }
}
