using System.Collections.Concurrent;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Messages.Formatting;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers;
using Markdig.Renderers;
using Microsoft.AspNetCore.Html;

namespace HybridChat.Web.Features.Messages;

// A message's text as HTML, the same in the page, htmx responses, live events and the API: a small
// Markdown subset (emphasis, ~~strike~~, code, quotes, lists, links) where typed HTML stays text,
// only http(s) and mailto links are links, and every line break shows. Mentions carry the member's
// id, so one rendering serves every reader and CSS highlights the reader's own.
public static class MessageFormatting
{
    // Chats repeat the same messages to many streams and pages; a full cache just starts over.
    private const int CacheSize = 2048;
    private static readonly ConcurrentDictionary<(string Text, string Mentions), string> Cache = new();
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static HtmlString Render(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mentioned = (message.MentionsEveryone ? MentionExtension.EveryoneKey : "")
            + string.Join(' ', message.Mentions.Select(m => $"{m.User.UserName}={m.UserId}"));
        return new HtmlString(Cached(message.Text, mentioned));
    }

    // The article's data-mentions: "everyone" and the ids of the members the message mentions.
    public static string MentionsOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.IsDeleted ? "" : string.Join(' ', (message.MentionsEveryone ? [Data.Messaging.MessageMentions.Everyone] : Array.Empty<string>())
            .Concat(message.Mentions.Select(m => m.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static HtmlString Render(string text) => new(Cached(text, ""));

    private static string Cached(string text, string mentioned)
    {
        if (Cache.TryGetValue((text, mentioned), out var html))
        {
            return html;
        }

        if (Cache.Count >= CacheSize)
        {
            Cache.Clear();
        }

        return Cache[(text, mentioned)] = ToHtml(text, mentioned);
    }

    private static string ToHtml(string text, string mentioned)
    {
        var document = Markdown.Parse(text, Pipeline);
        SafeLinks.Apply(document);
        MentionExtension.Resolve(document, mentioned);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().TrimEnd('\n');
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks()
            .UseSoftlineBreakAsHardlineBreak();
        builder.BlockParsers.TryRemove<HeadingBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        builder.Extensions.Add(new MentionExtension());
        return builder.Build();
    }
}
