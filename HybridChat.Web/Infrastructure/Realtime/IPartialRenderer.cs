namespace HybridChat.Web.Infrastructure.Realtime;

// Renders a Razor partial to a string outside a request's view pipeline, so a live event's HTML
// is rendered once and sent to every recipient.
public interface IPartialRenderer
{
    Task<string> RenderAsync(string partialPath, object model);
}
