using HybridChat.Data;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Accounts;

[Route(Prefix + "/me")]
[Tags("Me")]
public class MeApiController(ChatDbContext db, UserManager<User> users, AccountDeletions deletions, AccountExport export) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("getMe")]
    [ProducesResponseType<Profile>(StatusCodes.Status200OK)]
    [EndpointSummary("Your profile.")]
    public async Task<ActionResult<Profile>> Show() => await CurrentUserAsync() is { IsDeleted: false } user ? Profile.From(user) : AccountDeleted();

    [HttpPatch]
    [EndpointName("updateMe")]
    [ProducesResponseType<Profile>(StatusCodes.Status200OK)]
    [EndpointSummary("Change the given profile fields; omitted ones stay as they are.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<Profile>> Update(ProfileUpdateRequest request)
    {
        var user = await CurrentUserAsync();
        if (user.IsDeleted)
        {
            return AccountDeleted();
        }

        var errors = user.Revise(new ProfileChange(request.DisplayName, request.Bio, request.LastSeenVisibility));
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
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request)
    {
        var result = await users.ChangePasswordAsync(await CurrentUserAsync(), request.CurrentPassword, request.NewPassword);
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
    public async Task<IActionResult> Delete([FromBody] DeleteAccountRequest request)
    {
        var errors = await deletions.DeleteAsync(await CurrentUserAsync(), request.Password);
        return errors.IsValid ? NoContent() : ValidationProblem(errors);
    }

    [HttpGet("export")]
    [EndpointName("exportMyData")]
    [EndpointSummary("Download your data: your profile, your friends and every message you sent, as one JSON document.")]
    [ProducesResponseType<AccountData>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AccountData>> Export()
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

    private async Task<User> CurrentUserAsync() =>
        await users.FindByIdAsync(CurrentUserId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException("The token's user no longer exists.");
}
