using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Api;

public partial class OpenApiDocumentTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_v1_document_describes_every_api_v1_route_the_app_maps()
    {
        using var api = app.NewApiSession();
        using var response = await api.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        var documented = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .Order().ToList();

        Assert.Equal(MappedApiRoutes(), documented);
        Assert.Contains("POST /api/v1/auth/token", documented);
        Assert.Contains("GET /api/v1/me", documented);
    }

    [Fact]
    public async Task Operations_that_need_a_token_say_so_and_sign_in_does_not()
    {
        using var api = app.NewApiSession();
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Equal("bearer", document["components"]?["securitySchemes"]?["Bearer"]?["scheme"]?.GetValue<string>());
        Assert.NotNull(document["paths"]?["/api/v1/me"]?["get"]?["security"]);
        Assert.Null(document["paths"]?["/api/v1/auth/token"]?["post"]?["security"]);
    }

    private List<string> MappedApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("api/v{version:apiVersion}/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => $"{method} /{Normalize(endpoint.RoutePattern.RawText!)}"))
            .Distinct().Order().ToList();

    private static string Normalize(string pattern) =>
        ParameterConstraint().Replace(pattern.Replace("v{version:apiVersion}", "v1", StringComparison.Ordinal), "{$1}");

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex ParameterConstraint();
}
