using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Accounts;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Avatars;

// The profile page's picture form: a plain multipart form, so it works without JavaScript.
[Authorize]
[Route("/profile/avatar")]
public class ProfileAvatarController(ProfilePictures pictures, UserManager<Data.Entities.User> users, IOptions<MediaOptions> options) : Controller
{
    public const string ErrorKey = "ProfilePictureError";

    [HttpPost]
    public async Task<IActionResult> Create(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return await ProfileWithErrorAsync(StatusCodes.Status400BadRequest, "Choose a picture.");
        }

        await using var content = file.OpenReadStream();
        var result = await pictures.ReplaceAsync(User.Id(), new PictureUpload(file.FileName, file.ContentType, content), HttpContext.RequestAborted);
        if (result.Media is null)
        {
            var (status, title, detail) = UploadProblems.Describe(result.Refusal, options.Value);
            return await ProfileWithErrorAsync(status, $"{title}: {detail}");
        }

        return Redirect("/profile");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Destroy()
    {
        await pictures.RemoveAsync(User.Id());
        return Redirect("/profile");
    }

    private async Task<IActionResult> ProfileWithErrorAsync(int status, string error)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        ViewData[ErrorKey] = error;
        Response.StatusCode = status;
        return View("/Features/Accounts/Profile.cshtml", ProfileForm.For(user));
    }
}
