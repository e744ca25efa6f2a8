using System.Text.Json;
using System.Text.Json.Serialization;
using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace HybridChat.Web.Infrastructure.Api;

public static class ApiServiceCollectionExtensions
{
    public const string CorsPolicy = "api";

    public static IServiceCollection AddChatApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.Configure<JsonOptions>(options =>
        {
            options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // Malformed JSON gets a plain message, not the parser's text naming our types.
            options.AllowInputFormatterExceptionMessages = false;
        });
        // Validation errors name fields as the JSON does (camelCase), not as the C# properties.
        services.Configure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()));

        services.AddApiVersioning(options =>
            {
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
                options.ReportApiVersions = true;
            })
            .AddMvc()
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV";
                options.SubstituteApiVersionInUrl = true;
            });

        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "HybridChat API";
                document.Info.Description = "The JSON API for HybridChat's mobile and desktop apps. Errors are RFC 9457 ProblemDetails.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<BearerSecuritySchemeTransformer>();
        });

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("api-supported-versions", "Retry-After")));

        services.AddChatRateLimits(configuration);
        return services;
    }
}
