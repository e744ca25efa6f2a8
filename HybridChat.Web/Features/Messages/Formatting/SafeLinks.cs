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
                OpenApart(link);
            }
            else
            {
                Unwrap(link);
            }
        }

        // <https://…> and <name@example.com>, which are not LinkInlines.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || IsAllowed(autolink.Url))
            {
                OpenApart(autolink);
            }
            else
            {
                autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
            }
        }
    }

    private static void OpenApart(Inline link)
    {
        var attributes = link.GetAttributes();
        attributes.AddProperty("rel", "noopener noreferrer nofollow ugc");
        attributes.AddProperty("target", "_blank");
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

        // Moving the children out one by one loses the paragraph's first inline; a plain container keeps them.
        link.ReplaceBy(new ContainerInline(), copyChildren: true);
    }
}
