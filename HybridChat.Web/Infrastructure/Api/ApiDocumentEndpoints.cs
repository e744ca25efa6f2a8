using Scalar.AspNetCore;

namespace HybridChat.Web.Infrastructure.Api;

public static class ApiDocumentEndpoints
{
    public const string OpenApiPath = "/openapi/v1.json";

    // The OpenAPI document is public in every environment; the interactive reference page only in development.
    public static WebApplication MapChatApiDocuments(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/api/docs", options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        }

        return app;
    }
}
