using NetVips;

namespace HybridChat.Bench.Thumbnails;

internal static class TestPicture
{
    // A photo-like JPEG made at run time: smooth shapes at three scales, one per colour, with
    // sensor-like noise on top, saved as a camera would (quality 90, 4:2:0).
    public static void Write(string path, int width, int height)
    {
        using var red = Image.Perlin(width, height, cellSize: 512, seed: 1);
        using var green = Image.Perlin(width, height, cellSize: 160, seed: 2);
        using var blue = Image.Perlin(width, height, cellSize: 48, seed: 3);
        using var noise = Image.Gaussnoise(width, height, sigma: 6, mean: 0);
        using var joined = red.Bandjoin(green, blue);
        using var scaled = joined.Linear([110.0], [128.0]);
        using var noisy = scaled.Add(noise);
        using var pixels = noisy.Cast(Enums.BandFormat.Uchar);
        using var photo = pixels.Copy(interpretation: Enums.Interpretation.Srgb);
        photo.Jpegsave(path, q: 90);
    }
}
