using System.Text.Json.Nodes;
using HybridChat.Web.Features.Calls;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Features.People;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// GET /api/v1/events is a Server-Sent Events stream the generator sees as an opaque body. This
// documents how to open and resume it, and every event type with its data as a component
// (`StreamEvent`, one of the `*StreamEvent` schemas: the SSE `event:` line, `id:` line and `data:` JSON).
public class EventStreamTransformer : IOpenApiDocumentTransformer
{
    public const string Path = "/api/v1/events";
    public const string UnionName = "StreamEvent";

    public static readonly IReadOnlyList<(string Type, Type Data)> Events =
    [
        (LiveEventTypes.MessageCreated, typeof(MessageDto)),
        (LiveEventTypes.MessageUpdated, typeof(MessageDto)),
        (LiveEventTypes.MessageDeleted, typeof(MessageDto)),
        (LiveEventTypes.ReceiptUpdated, typeof(ReceiptUpdatedEvent)),
        (LiveEventTypes.ConversationUpdated, typeof(ConversationDto)),
        (LiveEventTypes.MemberAdded, typeof(MemberAddedEvent)),
        (LiveEventTypes.MemberRemoved, typeof(MemberRemovedEvent)),
        (LiveEventTypes.FriendRequestReceived, typeof(FriendRequestDto)),
        (LiveEventTypes.FriendRequestAccepted, typeof(FriendRequestDto)),
        (LiveEventTypes.FriendRequestRejected, typeof(FriendRequestDto)),
        (LiveEventTypes.FriendRequestCancelled, typeof(FriendRequestDto)),
        (LiveEventTypes.FriendRemoved, typeof(FriendRemovedEvent)),
        (LiveEventTypes.PresenceChanged, typeof(PresenceChangedEvent)),
        (LiveEventTypes.Typing, typeof(TypingNotice)),
        (LiveEventTypes.CallRinging, typeof(CallDto)),
        (LiveEventTypes.CallAccepted, typeof(CallDto)),
        (LiveEventTypes.CallSignal, typeof(CallSignalDto)),
        (LiveEventTypes.CallEnded, typeof(CallDto)),
        (LiveEventTypes.StreamResync, typeof(StreamResyncEvent)),
        (LiveEventTypes.SessionExpired, typeof(SessionExpiredEvent)),
    ];

    private static readonly string[] Replayed = [LiveEventTypes.MessageCreated, LiveEventTypes.MessageUpdated, LiveEventTypes.MessageDeleted];

    public static string SchemaNameOf(string type) =>
        string.Concat(type.Split('.', '-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])) + "StreamEvent";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (document.Paths?.GetValueOrDefault(Path)?.Operations?.GetValueOrDefault(HttpMethod.Get) is not { } operation)
        {
            return;
        }

        var mapping = new Dictionary<string, OpenApiSchemaReference>();
        foreach (var (type, data) in Events)
        {
            document.AddComponent(data.Name, await context.GetOrCreateSchemaAsync(data, cancellationToken: cancellationToken));
            document.AddComponent(SchemaNameOf(type), EventSchema(type, new OpenApiSchemaReference(data.Name, document)));
            mapping[type] = new OpenApiSchemaReference(SchemaNameOf(type), document);
        }

        document.AddComponent(UnionName, new OpenApiSchema
        {
            Description = "One event of the stream.",
            OneOf = [.. mapping.Values],
            Discriminator = new OpenApiDiscriminator { PropertyName = "event", Mapping = mapping },
        });
        Describe(operation, new OpenApiSchemaReference(UnionName, document), new OpenApiSchemaReference("ProblemDetails", document));
    }

    private static OpenApiSchema EventSchema(string type, OpenApiSchemaReference data) => new()
    {
        Type = JsonSchemaType.Object,
        Required = Replayed.Contains(type) ? new HashSet<string> { "event", "id", "data" } : new HashSet<string> { "event", "data" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["event"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type)] },
            ["id"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The change-log position (message events only): send it back as Last-Event-ID to resume after it.",
            },
            ["data"] = data,
        },
    };

    private static void Describe(OpenApiOperation operation, OpenApiSchemaReference union, OpenApiSchemaReference problem)
    {
        operation.OperationId = "streamEvents";
        operation.Description = "`text/event-stream`. Each event has `event:` (its type), `data:` (one line of JSON) and, for message events, "
            + "`id:`; see the `StreamEvent` schema for every type and its data. Idle streams get a `: ping` comment every 15 seconds. "
            + "Reconnect with the last id seen as `Last-Event-ID` (or `lastEventId`): message changes after it are replayed from the "
            + "database, in order, then the stream goes live. `stream.resync` after a replay means events that are not replayed "
            + "(presence, typing, friends, members, receipts) may have been missed: re-fetch those views. Event types: "
            + string.Join(", ", Events.Select(e => $"`{e.Type}`")) + ".";
        operation.Parameters =
        [
            new OpenApiParameter
            {
                Name = "Last-Event-ID", In = ParameterLocation.Header,
                Description = "Resume after this change-log position (the last message event's id, or a list's streamPosition).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+$" },
            },
            new OpenApiParameter
            {
                Name = "lastEventId", In = ParameterLocation.Query,
                Description = "The same as Last-Event-ID, for clients that cannot set headers (the header wins).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
            },
            new OpenApiParameter
            {
                Name = "since", In = ParameterLocation.Query,
                Description = "Unix milliseconds when the client's views were read: stream.resync is sent only if something was missed since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
            },
        ];
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The stream; it stays open until the client closes it.",
            Content = new Dictionary<string, OpenApiMediaType> { ["text/event-stream"] = new() { Schema = union } },
        };
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too many open streams for this user; try again after Retry-After seconds.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemResponsesTransformer.ProblemJson] = new() { Schema = problem },
            },
        };
    }
}
