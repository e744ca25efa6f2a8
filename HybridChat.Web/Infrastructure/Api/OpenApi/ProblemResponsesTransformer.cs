using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// Adds the errors the pipeline answers before an action runs (bad input, no token, body limits,
// rate limits, a crash) to each operation that can get them, and types every error as the ProblemDetails
// the app sends (application/problem+json), never as the formatters' JSON or text.
public class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public const string ProblemJson = "application/problem+json";

    private static readonly (string Name, string Description) RetryAfter = ("Retry-After", "Seconds to wait before trying again.");

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var description = context.Description;
        var sources = description.ParameterDescriptions.Select(parameter => parameter.Source).ToList();
        var hasBody = sources.Contains(BindingSource.Body);
        var responses = operation.Responses ??= [];

        AddIf(responses, hasBody || sources.Contains(BindingSource.Query), StatusCodes.Status400BadRequest);
        AddIf(responses, BearerSecuritySchemeTransformer.NeedsToken(description), StatusCodes.Status401Unauthorized,
            ("WWW-Authenticate", "Bearer, with error=\"invalid_token\" when a token was sent but is not valid (expired, revoked, malformed)."));
        AddIf(responses, sources.Contains(BindingSource.Path), StatusCodes.Status404NotFound);
        AddIf(responses, hasBody, StatusCodes.Status413PayloadTooLarge);
        AddIf(responses, hasBody, StatusCodes.Status415UnsupportedMediaType);
        AddIf(responses, description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any(),
            StatusCodes.Status429TooManyRequests, RetryAfter);
        AddIf(responses, true, StatusCodes.Status500InternalServerError);

        foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5').ToList())
        {
            var type = ProblemTypeOf(description, status);
            context.Document!.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken));
            if (response is OpenApiResponse concrete)
            {
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new() { Schema = new OpenApiSchemaReference(type.Name, context.Document) },
                };
            }
        }
    }

    // A ProblemDetails with members of its own (TwoFactorChallenge) keeps its type; every 400 may list field errors.
    private static Type ProblemTypeOf(ApiDescription description, string status)
    {
        var declared = description.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode.ToString(CultureInfo.InvariantCulture) == status)?.Type;
        return declared is not null && declared.IsSubclassOf(typeof(ProblemDetails)) ? declared
            : status == "400" ? typeof(ValidationProblemDetails) : typeof(ProblemDetails);
    }

    private static void AddIf(OpenApiResponses responses, bool condition, int status, params (string Name, string Description)[] headers)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!condition || responses.ContainsKey(key))
        {
            return;
        }

        responses[key] = new OpenApiResponse
        {
            Description = ReasonPhrases.GetReasonPhrase(status),
            Headers = headers.ToDictionary(header => header.Name, header => (IOpenApiHeader)new OpenApiHeader
            {
                Description = header.Description,
                Schema = new OpenApiSchema { Type = header.Name == RetryAfter.Name ? JsonSchemaType.Integer : JsonSchemaType.String },
            }),
        };
    }
}
