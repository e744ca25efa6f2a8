using HybridChat.Data;
using HybridChat.Data.People;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Avatars;

// A group's picture: seen by its members, set from the members page by its owner and admins.
[Authorize]
[Route("/conversations/{id:int}/avatar")]
public class GroupAvatarController(GroupPictures pictures, AvatarAccess access, IMediaStore store) : Controller
{
    public const string ErrorKey = "GroupPictureError";

    [HttpGet]
    public async Task<IActionResult> Show(int id) =>
        await access.OfGroupAsync(id, User.Id()) is { } media && MediaFile.Preview(Response, store, media) is { } picture
            ? picture : NotFound();

    [HttpPost]
    public async Task<IActionResult> Create(int id, IFormFile? file, [FromServices] IOptions<MediaOptions> options,
        [FromServices] ChatDbContext db, [FromServices] PeopleDirectory people)
    {
        if (await pictures.RefusalAsync(id, User.Id()) is { } refused)
        {
            return StatusCode(GroupProblems.StatusOf(refused.Problem!.Value));
        }

        if (file is null || file.Length == 0)
        {
            return await MembersWithErrorAsync(db, people, id, StatusCodes.Status400BadRequest, "Choose a picture.");
        }

        await using var content = file.OpenReadStream();
        var result = await pictures.ReplaceAsync(id, User.Id(), new PictureUpload(file.FileName, file.ContentType, content), HttpContext.RequestAborted);
        if (result.Refused is { } lateRefusal)
        {
            return StatusCode(GroupProblems.StatusOf(lateRefusal.Problem!.Value));
        }

        if (result.Upload is { Media: null } upload)
        {
            var (status, title, detail) = UploadProblems.Describe(upload.Refusal, options.Value);
            return await MembersWithErrorAsync(db, people, id, status, $"{title}: {detail}");
        }

        return Redirect($"/conversations/{id}/members");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Destroy(int id) =>
        await pictures.RemoveAsync(id, User.Id()) is { } refused
            ? StatusCode(GroupProblems.StatusOf(refused.Problem!.Value))
            : Redirect($"/conversations/{id}/members");

    private async Task<IActionResult> MembersWithErrorAsync(ChatDbContext db, PeopleDirectory people, int id, int status, string error)
    {
        var panel = await GroupPanel.LoadAsync(db, people, id, User.Id());
        if (panel is null)
        {
            return NotFound();
        }

        ViewData[ErrorKey] = error;
        Response.StatusCode = status;
        return View("/Features/Groups/Members.cshtml", panel);
    }
}
