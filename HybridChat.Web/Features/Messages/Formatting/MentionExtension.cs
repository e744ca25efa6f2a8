using HybridChat.Data.Messaging;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HybridChat.Web.Features.Messages.Formatting;

// @name outside code, marked with the member's id (data-mention="7", or "everyone") when the
// message mentions them; any other @name stays text.
public sealed class MentionExtension : IMarkdownExtension
{
    // Leads the mentions key of a message that mentions everyone.
    public const string EveryoneKey = "*";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.InlineParsers.AddIfNotAlready<MentionParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderer.ObjectRenderers.AddIfNotAlready<MentionRenderer>();
    }

    // mentioned: "*" when everyone is mentioned, then "name=id" pairs separated by spaces.
    public static void Resolve(MarkdownDocument document, string mentioned)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentioned);
        var everyone = mentioned.StartsWith(EveryoneKey, StringComparison.Ordinal);
        var ids = mentioned.TrimStart('*').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (everyone)
        {
            ids[MessageMentions.Everyone] = MessageMentions.Everyone;
        }

        foreach (var mention in document.Descendants<MentionInline>().ToList())
        {
            var name = MessageMentions.NamesIn("@" + mention.Name).FirstOrDefault(ids.ContainsKey);
            if (name is null)
            {
                mention.ReplaceBy(new LiteralInline("@" + mention.Name));
                continue;
            }

            mention.Id = ids[name];
            if (name.Length < mention.Name.Length)
            {
                mention.InsertAfter(new LiteralInline(mention.Name[name.Length..]));
                mention.Name = name;
            }
        }
    }

    private sealed class MentionInline : LeafInline
    {
        public string Name { get; set; } = "";

        public string Id { get; set; } = "";
    }

    private sealed class MentionParser : InlineParser
    {
        public MentionParser() => OpeningCharacters = ['@'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (IsNameCharacter(slice.PeekCharExtra(-1)) || slice.PeekCharExtra(-1) == '@')
            {
                return false;
            }

            var start = slice.Start + 1;
            var end = start;
            while (end <= slice.End && IsNameCharacter(slice.Text[end]))
            {
                end++;
            }

            if (end == start)
            {
                return false;
            }

            processor.Inline = new MentionInline { Name = slice.Text[start..end] };
            slice.Start = end;
            return true;
        }

        private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
    }

    private sealed class MentionRenderer : HtmlObjectRenderer<MentionInline>
    {
        protected override void Write(HtmlRenderer renderer, MentionInline obj)
        {
            renderer.Write("<span class=\"mention\" data-mention=\"").WriteEscape(obj.Id).Write("\">@")
                .WriteEscape(obj.Name).Write("</span>");
        }
    }
}
