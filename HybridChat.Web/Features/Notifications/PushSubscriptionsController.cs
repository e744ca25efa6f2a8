using HybridChat.Data.Notifications;
using HybridChat.Jobs.Notifications;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Notifications;

// The browser's own push subscription, registered by wwwroot/js/notifications.js with the
// antiforgery token in its header.
[Authorize]
[Route("/push-subscriptions")]
public class PushSubscriptionsController(PushSubscriptions subscriptions, IOptions<NotificationsOptions> options) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Create([FromBody] PushSubscriptionRequest request)
    {
        var (subscription, errors) = await subscriptions.SubscribeAsync(User.Id(), request.ToDomain(), options.Value.AllowHttpPushEndpoints);
        return subscription is null ? UnprocessableEntity(errors) : StatusCode(StatusCodes.Status201Created, PushSubscriptionDto.From(subscription));
    }

    [HttpDelete]
    public async Task<IActionResult> Delete([FromQuery] string endpoint) =>
        await subscriptions.UnsubscribeAsync(User.Id(), endpoint) ? NoContent() : NotFound();
}
