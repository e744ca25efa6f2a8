using HybridChat.Data.Notifications;
using HybridChat.Jobs.Notifications;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Notifications;

[Route(Prefix + "/push-subscriptions")]
[Tags("Notifications")]
public class PushSubscriptionsApiController(PushSubscriptions subscriptions, IOptions<NotificationsOptions> options) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("registerPushSubscription")]
    [EndpointSummary("Register a Web Push subscription (the JSON of PushSubscription.toJSON(): endpoint and keys). New direct messages and "
        + "mentions are pushed to it, encrypted for its keys and signed with the server's VAPID key, while you have no event stream open. "
        + "An endpoint registered again moves to the caller.")]
    [ProducesResponseType<PushSubscriptionDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<PushSubscriptionDto>> Create(PushSubscriptionRequest request)
    {
        var (subscription, errors) = await subscriptions.SubscribeAsync(CurrentUserId, request.ToDomain(), options.Value.AllowHttpPushEndpoints);
        return subscription is null ? ValidationProblem(errors) : StatusCode(StatusCodes.Status201Created, PushSubscriptionDto.From(subscription));
    }

    [HttpDelete]
    [EndpointName("deletePushSubscription")]
    [EndpointSummary("Stop pushes to one of your subscriptions, named by its endpoint.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete([FromQuery] string endpoint) =>
        await subscriptions.UnsubscribeAsync(CurrentUserId, endpoint) ? NoContent() : NotFound();
}
