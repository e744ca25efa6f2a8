using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace HybridChat.Tests.Media;

// Small real files made on the spot with libvips, and a few deliberately broken ones.
public static class TestFiles
{
    public static byte[] Jpeg(int width = 800, int height = 600)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None);
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    // A photo as a phone takes it: the camera's make, where it was taken, and sideways pixels
    // with an orientation tag saying how to turn them (6: a quarter turn clockwise).
    public static byte[] PhotoWithLocation(int width, int height)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifWithCameraAndLocation();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    // A PNG whose header says 100,000 x 100,000 pixels: 40 GB once decoded, a few dozen bytes sent.
    public static byte[] PngDeclaring(int width, int height)
    {
        var png = Png(1, 1);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    // A JPEG whose scan names Huffman tables it never defines: the header reads, the pixels do not.
    public static byte[] CorruptJpeg()
    {
        var jpeg = Jpeg(1200, 900);
        var scan = jpeg.AsSpan().IndexOf((byte[])[0xFF, 0xDA]);
        for (var component = 0; component < jpeg[scan + 4]; component++)
        {
            jpeg[scan + 6 + (2 * component)] = 0x33;
        }

        return jpeg;
    }

    public static byte[] WindowsProgram() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[512]];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");

    private static Image Gradient(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var bands = x.Bandsplit()[0];
        using var scaled = bands * (255.0 / Math.Max(1, width));
        using var rgb = scaled.Bandjoin(scaled, scaled);
        return rgb.Cast(Enums.BandFormat.Uchar);
    }

    private static byte[] ExifWithCameraAndLocation()
    {
        var tiff = new byte[112];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 3);
        Entry(s[10..], 0x010F, 2, 8, 50);      // Make -> "TestCam"
        Entry(s[22..], 0x0112, 3, 1, 6);       // Orientation: rotate 90 clockwise
        Entry(s[34..], 0x8825, 4, 1, 58);      // GPS IFD
        "TestCam\0"u8.CopyTo(s[50..]);
        BinaryPrimitives.WriteUInt16LittleEndian(s[58..], 2);
        Entry(s[60..], 0x0001, 2, 2, 'N');     // GPSLatitudeRef "N"
        Entry(s[72..], 0x0002, 5, 3, 88);      // GPSLatitude
        uint[] latitude = [48, 1, 51, 1, 24, 1];
        for (var i = 0; i < latitude.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[(88 + (4 * i))..], latitude[i]);
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
