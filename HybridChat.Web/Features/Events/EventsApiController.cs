using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Events;

[Route(Prefix + "/events")]
[Tags("Events")]
public class EventsApiController(EventStreamer streamer) : ApiControllerBase
{
    [HttpGet]
    [Produces("text/event-stream")]
    [EndpointSummary("Your live events as Server-Sent Events (JSON). Send Last-Event-ID (or ?lastEventId=, e.g. a streamPosition) to resume after a message change. "
        + "The stream ends with session.expired when its access token expires or its sign-in ends: refresh, then resume.")]
    public async Task Stream() =>
        await streamer.StreamAsync(HttpContext, StreamSession.FromAccessToken(User), StreamStart.From(Request), StreamFormat.Json);
}
