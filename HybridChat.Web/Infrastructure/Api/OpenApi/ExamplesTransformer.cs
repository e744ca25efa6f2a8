using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// Examples for the calls every app makes first. The lint checks each against its schema.
public class ExamplesTransformer : IOpenApiOperationTransformer
{
    private const string Message = """
        {"id": 42, "conversationId": 7, "sender": {"id": 1, "userName": "ana", "displayName": "Ana", "avatarUrl": null}, "text": "Coffee at ten?",
         "html": "Coffee at ten?", "attachments": [], "createdAt": "2026-12-02T15:04:05Z", "editedAt": null, "deletedAt": null,
         "clientMessageId": "0b6f1f0e-8d6a-4c1e-9a55-3f1e2d7c9b10", "callId": null, "replyTo": null, "reactions": [],
         "mentionedUserIds": [], "mentionsEveryone": false, "pinnedAt": null}
        """;

    private const string Tokens = """
        {"accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...", "refreshToken": "q0HkR2c4V1xW8bq3Zk7mYw", "tokenType": "Bearer", "expiresIn": 900}
        """;

    private static readonly Dictionary<string, (string? Request, string Status, string Response)> Examples = new()
    {
        ["register"] = ("""{"userName": "ana", "email": "ana@example.com", "password": "a long password", "displayName": "Ana"}""",
            "201", """{"id": 1, "userName": "ana", "displayName": "Ana"}"""),
        ["signIn"] = ("""{"userName": "ana", "password": "a long password"}""", "200", Tokens),
        ["refreshTokens"] = ("""{"refreshToken": "q0HkR2c4V1xW8bq3Zk7mYw"}""", "200", Tokens),
        ["sendFriendRequest"] = ("""{"userId": 2}""", "201", """
            {"id": 5, "from": {"id": 1, "userName": "ana", "displayName": "Ana", "avatarUrl": null},
             "to": {"id": 2, "userName": "ben", "displayName": "Ben", "avatarUrl": null},
             "status": "pending", "createdAt": "2026-12-02T15:00:00Z", "respondedAt": null}
            """),
        ["openDirectConversation"] = ("""{"userId": 2}""", "201", """
            {"id": 7, "kind": "direct", "title": null, "visibility": "private", "updatedAt": "2026-12-02T15:01:00Z", "members": [
              {"user": {"id": 1, "userName": "ana", "displayName": "Ana", "avatarUrl": "/api/v1/users/1/avatar?v=12"}, "role": "member", "joinedAt": "2026-12-02T15:01:00Z"},
              {"user": {"id": 2, "userName": "ben", "displayName": "Ben", "avatarUrl": null}, "role": "member", "joinedAt": "2026-12-02T15:01:00Z"}],
             "avatarUrl": null, "muted": false}
            """),
        ["registerPushSubscription"] = ("""{"endpoint": "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bHqjZxM0VImWWqDRN7U0a3AycjUf4O-byuxb_wJsKRaKvV_iKw", "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", "auth": "tBHItJI5svbpez7KI4CCXg"}}""",
            "201", """{"id": 3, "endpoint": "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bHqjZxM0VImWWqDRN7U0a3AycjUf4O-byuxb_wJsKRaKvV_iKw", "createdAt": "2026-12-02T15:00:00Z"}"""),
        ["sendMessage"] = ("""{"clientMessageId": "0b6f1f0e-8d6a-4c1e-9a55-3f1e2d7c9b10", "text": "Coffee at ten?"}""", "201", Message),
        ["listMessages"] = (null, "200", $$"""{"items": [{{Message}}], "hasMore": false, "streamPosition": 42}"""),
        ["listConversations"] = (null, "200", """
            {"items": [{"id": 7, "kind": "direct", "title": "Ben", "avatarUrl": "/api/v1/users/2/avatar?v=13", "unreadCount": 1, "updatedAt": "2026-12-02T15:04:05Z",
              "lastMessage": {"id": 42, "senderId": 1, "senderName": "Ana", "text": "Coffee at ten?", "createdAt": "2026-12-02T15:04:05Z", "deleted": false}}],
             "nextCursor": null, "streamPosition": 42}
            """),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId is null || !Examples.TryGetValue(operation.OperationId, out var example))
        {
            return Task.CompletedTask;
        }

        if (example.Request is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
        {
            request.Example = JsonNode.Parse(example.Request);
        }

        if (operation.Responses?.GetValueOrDefault(example.Status)?.Content?.TryGetValue("application/json", out var response) == true)
        {
            response.Example = JsonNode.Parse(example.Response);
        }

        return Task.CompletedTask;
    }
}
