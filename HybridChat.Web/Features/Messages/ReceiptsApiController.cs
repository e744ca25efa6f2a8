using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

public record ReceiptDto(int UserId, DateTime ReadAt);

public record ReceiptListDto(IReadOnlyList<ReceiptDto> Items);

[Route(Prefix + "/messages/{id:long}/receipts")]
[Tags("Messages")]
public class ReceiptsApiController(ReadMarkers markers) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listReceipts")]
    [EndpointSummary("Who has read this message (its sender aside), earliest first.")]
    public async Task<ActionResult<ReceiptListDto>> Index(long id) =>
        await markers.ReceiptsAsync(id, CurrentUserId) is { } receipts
            ? new ReceiptListDto([.. receipts.Select(r => new ReceiptDto(r.UserId, r.ReadAt))])
            : NotFound();
}
