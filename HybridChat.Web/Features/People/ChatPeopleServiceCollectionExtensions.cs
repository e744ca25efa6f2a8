using HybridChat.Data.People;
using HybridChat.Web.Features.People;

// In the framework's namespace, so Program.cs needs no using for its one line.
namespace Microsoft.Extensions.DependencyInjection;

public static class ChatPeopleServiceCollectionExtensions
{
    public static IServiceCollection AddChatPeople(this IServiceCollection services)
    {
        services.AddScoped<PeopleSearch>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<Friendships>();
        services.AddScoped<Blocking>();
        services.AddScoped<PeoplePresence>();
        services.AddScoped<FriendEvents>();
        services.AddScoped<RelationshipChanges>();
        return services;
    }
}
