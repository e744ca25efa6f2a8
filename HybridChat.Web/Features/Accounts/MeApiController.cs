using HybridChat.Data;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Accounts;

[Route(Prefix + "/me")]
[Tags("Me")]
// The profile read is the API's most frequent call: it needs only the cached snapshot, so the other
// actions take their (costlier to build) services as parameters.
public class MeApiController(UserSnapshots snapshots) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("getMe")]
    [ProducesResponseType<Profile>(StatusCodes.Status200OK)]
    [EndpointSummary("Your profile.")]
    public async Task<ActionResult<Profile>> Show() =>
        await snapshots.FindAsync(CurrentUserId, HttpContext.RequestAborted) is { IsDeleted: false } user ? Profile.From(user) : AccountDeleted();

    [HttpPatch]
    [EndpointName("updateMe")]
    [ProducesResponseType<Profile>(StatusCodes.Status200OK)]
    [EndpointSummary("Change the given profile fields; omitted ones stay as they are.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<Profile>> Update(ProfileUpdateRequest request, [FromServices] ChatDbContext db, [FromServices] UserManager<User> users)
    {
        var user = await CurrentUserAsync(users);
        if (user.IsDeleted)
        {
            return AccountDeleted();
        }

        var errors = user.Revise(new ProfileChange(request.DisplayName, request.Bio, request.LastSeenVisibility, request.EmailMissedMessages));
        if (!errors.IsValid)
        {
            return ValidationProblem(errors);
        }

        await db.SaveChangesAsync();
        return Profile.From(user);
    }

    [HttpPost("password")]
    [EndpointName("changePassword")]
    [EndpointSummary("Change your password; every refresh token stops working.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request, [FromServices] UserManager<User> users)
    {
        var result = await users.ChangePasswordAsync(await CurrentUserAsync(users), request.CurrentPassword, request.NewPassword);
        return result.Succeeded
            ? NoContent()
            : ValidationProblem(result.ToValidationErrors(nameof(request.NewPassword), nameof(request.CurrentPassword)));
    }

    [HttpDelete]
    [EndpointName("deleteMe")]
    [EndpointSummary("Delete your account, confirmed with your password: 204. Your messages stay, shown as from \"Deleted user\"; "
        + "everything else of yours is erased, groups you are in hear member.removed, and every token stops working.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Delete([FromBody] DeleteAccountRequest request, [FromServices] UserManager<User> users,
        [FromServices] AccountDeletions deletions)
    {
        var errors = await deletions.DeleteAsync(await CurrentUserAsync(users), request.Password);
        return errors.IsValid ? NoContent() : ValidationProblem(errors);
    }

    [HttpGet("export")]
    [EndpointName("exportMyData")]
    [EndpointSummary("Download your data: your profile, your friends and every message you sent, as one JSON document.")]
    [ProducesResponseType<AccountData>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AccountData>> Export([FromServices] AccountExport export)
    {
        Response.Headers.ContentDisposition = $"attachment; filename={AccountExportController.FileName}";
        return await export.ForAsync(CurrentUserId);
    }

    // An access token outlives the account by up to its lifetime; the tombstone must stay nameless.
    private ObjectResult AccountDeleted()
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Account deleted",
            detail: "This account was deleted; its tokens no longer work.");
    }

    private async Task<User> CurrentUserAsync(UserManager<User> users) =>
        await users.FindByIdAsync(CurrentUserId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException("The token's user no longer exists.");
}
