namespace HybridChat.Web.Features.Avatars;

public static class AvatarsServiceCollectionExtensions
{
    public static IServiceCollection AddChatAvatars(this IServiceCollection services)
    {
        services.AddScoped<AvatarPictures>();
        services.AddScoped<ProfilePictures>();
        services.AddScoped<GroupPictures>();
        services.AddScoped<AvatarAccess>();
        return services;
    }
}
