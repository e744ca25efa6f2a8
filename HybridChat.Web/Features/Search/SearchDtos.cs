using HybridChat.Data.Search;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Search;

// ExcerptHtml: the message's matching part, HTML-encoded, the matched words in <mark>.
public record MessageSearchHit(long Id, int ConversationId, string ConversationTitle, SenderDto Sender, DateTime CreatedAt,
    DateTime? EditedAt, string ExcerptHtml)
{
    public static MessageSearchHit From(MessageHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var message = hit.Message;
        return new(message.Id, message.ConversationId, hit.ConversationTitle, SenderDto.From(message.Sender), message.CreatedAt,
            message.EditedAt, Search.ExcerptHtml.From(hit.Excerpt));
    }
}

public record MessageSearchResults(IReadOnlyList<MessageSearchHit> Items, string? NextCursor);
