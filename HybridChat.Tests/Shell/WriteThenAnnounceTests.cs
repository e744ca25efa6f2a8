using System.Reflection;
using HybridChat.Data.Messaging;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Accounts;
using HybridChat.Web.Features.Admin;
using HybridChat.Web.Features.Avatars;
using HybridChat.Web.Features.Calls;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Features.People;
using HybridChat.Web.Features.Reactions;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Tests.Shell;

// Each use case is one service that writes and then announces, so the page, the API and a job that
// share it cannot forget the live event. These tests list those services and hold every other
// class to it: nothing else may reach for the bus or an announcer, controllers least of all.
public class WriteThenAnnounceTests
{
    // What tells the live streams: the bus itself, and the announcers that shape one kind of event.
    private static readonly Type[] Publishers = [typeof(IEventBus), typeof(IMessageChangePublisher)];

    private static readonly Type[] Announcers =
        [typeof(MessageEvents), typeof(FriendEvents), typeof(GroupEvents), typeof(SessionEvents)];

    private static readonly Dictionary<Type, string> UseCases = new()
    {
        [typeof(MessageSending)] = "sending a message",
        [typeof(MessageEditing)] = "editing a message",
        [typeof(MessageDeletion)] = "deleting a message",
        [typeof(MessagePinning)] = "pinning a message",
        [typeof(Reacting)] = "reacting to a message",
        [typeof(ReadEvents)] = "reading a conversation",
        [typeof(TypingEvents)] = "typing",
        [typeof(RelationshipChanges)] = "friend requests, ending a friendship, blocking",
        [typeof(GroupChanges)] = "creating, joining and changing a group",
        [typeof(GroupPictures)] = "a group's picture",
        [typeof(CallEvents)] = "calls and their record in the chat",
        [typeof(AppSignOut)] = "an app signing out",
        [typeof(AccountDeletions)] = "deleting an account",
        [typeof(AccountLocks)] = "locking an account",
        [typeof(TwoFactorResets)] = "resetting someone's two-factor sign-in",
        [typeof(ChatUserManager)] = "a renewed security stamp (password, email, two-factor changes)",
        [typeof(BrowserSessionEvents)] = "a browser signing out",
        [typeof(MediaPreviewJob)] = "a picture's preview made ready",
    };

    private static IEnumerable<Type> AppTypes() =>
        new[] { typeof(Program).Assembly, typeof(MediaPreviewJob).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

    private static IEnumerable<Type> DependenciesOf(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);

    [Fact]
    public void No_controller_announces_a_change_itself()
    {
        var offenders = AppTypes().Where(type => typeof(ControllerBase).IsAssignableFrom(type))
            .SelectMany(controller => DependenciesOf(controller).Where(d => Publishers.Contains(d) || Announcers.Contains(d))
                .Select(d => $"{controller.Name} takes {d.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_listed_use_case_services_reach_for_an_announcer_or_the_bus()
    {
        // The live engine itself (the buses, presence, the stream) is where events go, not a use case.
        var unlisted = AppTypes()
            .Where(type => type.Namespace != typeof(IEventBus).Namespace)
            .Where(type => DependenciesOf(type).Any(d => Publishers.Contains(d) || Announcers.Contains(d)))
            .Where(type => !Announcers.Contains(type) && !UseCases.ContainsKey(type))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Every_listed_use_case_service_announces_what_it_writes()
    {
        var silent = UseCases.Keys.Where(type => !DependenciesOf(type).Any(d => Publishers.Contains(d) || Announcers.Contains(d)))
            .Select(type => $"{type.Name} ({UseCases[type]})")
            .ToList();

        Assert.Empty(silent);
        Assert.All(Announcers, announcer => Assert.Contains(DependenciesOf(announcer), Publishers.Contains));
    }
}
