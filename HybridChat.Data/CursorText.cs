using System.Buffers.Text;
using System.Text;

namespace HybridChat.Data;

// The opaque "continue after this row" token of every keyset-paged list: the row's key parts,
// joined by ':' and base64url-encoded. The last part may itself contain ':' (a name or title).
public static class CursorText
{
    public static string Encode(params string[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(':', parts)));

    // True with null parts for no cursor (the first page), true with parts for a good one, false for
    // anything else, which callers answer as a bad request.
    public static bool TryDecode(string? text, int count, out string[]? parts)
    {
        parts = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', count);
            parts = decoded.Length == count ? decoded : null;
        }
        catch (FormatException)
        {
            return false;
        }

        return parts is not null;
    }
}
