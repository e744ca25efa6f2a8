using HybridChat.Jobs.Notifications;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Notifications;

[Route(Prefix + "/push/vapid-public-key")]
[Tags("Notifications")]
public class VapidKeyApiController(VapidKeys keys) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("getVapidPublicKey")]
    [EndpointSummary("The server's VAPID public key (base64url), the applicationServerKey to subscribe a push service with.")]
    public ActionResult<VapidPublicKeyDto> Show() => new VapidPublicKeyDto(keys.PublicKey);
}
