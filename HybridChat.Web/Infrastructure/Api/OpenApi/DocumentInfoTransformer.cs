using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// Title, tags and servers. Paths already start with /api/v1, so a server URL is the bare origin.
public class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Auth"] = "Sign up, sign in (with two-factor when turned on), refresh and end sign-ins, reset a forgotten password. No token needed.",
        ["Me"] = "Your own profile, password, data export and account deletion.",
        ["People"] = "Find people and see how they stand to you.",
        ["Friends"] = "Friend requests and friends.",
        ["Blocks"] = "People you blocked: they cannot find you, ask you or write to you.",
        ["Conversations"] = "Direct chats and groups: the list, members, roles, join codes, public rooms, typing.",
        ["Messages"] = "History, sending, editing, deleting, read markers and receipts.",
        ["Events"] = "The live event stream (Server-Sent Events).",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "HybridChat API";
        document.Info.Description = "The JSON API for HybridChat's mobile and desktop apps. Send `Authorization: Bearer <accessToken>` "
            + "on every operation that lists the Bearer security scheme. Errors are RFC 9457 ProblemDetails (`application/problem+json`); "
            + "a 400 lists messages per JSON field under `errors`. In every other body, each field is always present and `null` means "
            + "it has no value; ProblemDetails leave out the members they do not use.";
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        return Task.CompletedTask;
    }
}
