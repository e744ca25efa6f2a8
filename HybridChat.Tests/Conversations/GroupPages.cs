using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

// The group pages as a browser uses them: a members list with a few buttons per member.
public static class GroupPages
{
    public static IElement? MemberCard(this IParentNode page, int groupId, int userId) => page.QuerySelector($"#group-{groupId}-member-{userId}");

    // Presses a member's button with htmx, the way the page would.
    public static async Task<HttpResponseMessage> PressOnMemberAsync(this WebSession web, int groupId, int userId, string button)
    {
        ArgumentNullException.ThrowIfNull(web);
        var page = await web.GetPageAsync($"/conversations/{groupId}/members");
        var form = page.MemberCard(groupId, userId)!.QuerySelectorAll("form").Single(f => f.QuerySelector("button")!.TextContent.Trim() == button);
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(input => input.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value")!);
        return await web.HtmxPostAsync(page, form.GetAttribute("hx-post")!, fields);
    }

    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);
}
