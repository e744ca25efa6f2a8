using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace HybridChat.Web.Features.Messages;

public static partial class MessageFormatting
{
    // A message's text as HTML, the same in the page, htmx responses, live events and the API.
    // Encodes first, then links http(s) URLs in the encoded text, so nothing a user types is ever
    // markup. Line breaks are kept by CSS (white-space: pre-wrap).
    public static HtmlString Render(string text)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(Url().Replace(encoded, match =>
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')');
            var rest = match.Value[url.Length..];
            return $"<a href=\"{url}\" rel=\"noopener noreferrer nofollow ugc\" target=\"_blank\">{url}</a>{rest}";
        }));
    }

    [GeneratedRegex(@"\bhttps?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
