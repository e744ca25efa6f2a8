using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HybridChat.Web.Features.Messages.Formatting;

// Links go only to http(s) and mailto addresses and open apart from the chat; any other link, and
// every image, shows as its text.
public static class SafeLinks
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    public static void Apply(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && IsAllowed(link.Url))
            {
                var attributes = link.GetAttributes();
                attributes.AddProperty("rel", "noopener noreferrer nofollow ugc");
                attributes.AddProperty("target", "_blank");
            }
            else
            {
                Unwrap(link);
            }
        }
    }

    private static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);

    private static void Unwrap(LinkInline link)
    {
        if (link.FirstChild is null)
        {
            link.ReplaceBy(new LiteralInline(link.Url ?? ""));
            return;
        }

        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
