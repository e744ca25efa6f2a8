using HybridChat.Data.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using HybridChat.Web.Infrastructure.Auth;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatApiAuthServiceCollectionExtensions
{
    // The API authenticates only with bearer tokens. The cookie stays the default scheme, so
    // pages never accept a token and API controllers (which name this scheme) never a cookie.
    public static IServiceCollection AddChatApiAuth(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment, string dataDirectory)
    {
        var options = configuration.GetSection(ApiTokenOptions.Section).Get<ApiTokenOptions>() ?? new ApiTokenOptions();
        services.Configure<ApiTokenOptions>(configuration.GetSection(ApiTokenOptions.Section));
        // Loaded on first use, after the start-up check has named a missing key.
        services.AddSingleton(_ => SigningKey.Load(options, environment, dataDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AccessTokens>();
        services.AddScoped<RefreshTokens>();
        services.AddScoped<HybridChat.Web.Features.Accounts.AppSignOut>();

        services.AddSingleton<RememberingTokenHandler>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<RememberingTokenHandler>((jwt, handler) =>
        {
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(handler);
        });
        services.AddAuthentication().AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = JwtRegisteredClaimNames.UniqueName,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = AccessTokenUserCheck.ValidateAsync };
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SymmetricSecurityKey>((jwt, key) => jwt.TokenValidationParameters.IssuerSigningKey = key);
        return services;
    }
}
