using System.Net;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

// The people pages as a browser uses them: cards with buttons, each a small form.
public static class PeoplePages
{
    public static async Task<WebSession> OnTheWebAsync(this ApiPerson person, ChatApp app)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(app);
        var web = app.NewSession();
        using var loggedIn = await web.LogInAsync(person.UserName);
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        return web;
    }

    public static IElement? Card(this IParentNode container, int personId) => container.QuerySelector($"#person-{personId}");

    public static string[] Buttons(this IElement card) =>
        [.. card.QuerySelectorAll("button").Select(button => button.TextContent.Trim())];

    // Without JavaScript: the form posts with its hidden antiforgery field.
    public static async Task<HttpResponseMessage> PressAsync(this WebSession web, string pageUrl, int personId, string button)
    {
        ArgumentNullException.ThrowIfNull(web);
        var page = await web.GetPageAsync(pageUrl);
        return await web.SubmitAsync(page, FormSelector(page, personId, button), new Dictionary<string, string>());
    }

    // With htmx: the form's own fields, the antiforgery token in the header site.js adds.
    public static async Task<HttpResponseMessage> PressWithHtmxAsync(this WebSession web, string pageUrl, int personId, string button)
    {
        ArgumentNullException.ThrowIfNull(web);
        var page = await web.GetPageAsync(pageUrl);
        var form = page.QuerySelector(FormSelector(page, personId, button))!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(input => input.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        return await web.HtmxPostAsync(page, form.GetAttribute("hx-post")!, fields);
    }

    public static async Task<HttpResponseMessage> HtmxPostAsync(this WebSession web, IDocument page, string url, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields ?? new Dictionary<string, string>()) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content"));
        return await web.Client.SendAsync(request);
    }

    public static async Task<IDocument> HtmxGetAsync(this WebSession web, string url)
    {
        ArgumentNullException.ThrowIfNull(web);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        using var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WebSession.ParseAsync(response);
    }

    private static string FormSelector(IDocument page, int personId, string button)
    {
        var card = page.Card(personId) ?? throw new InvalidOperationException($"No card of person {personId} on {page.Url}.");
        var form = card.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector("button")?.TextContent.Trim() == button)
            ?? throw new InvalidOperationException($"No \"{button}\" button on the card of person {personId}.");
        return $"#person-{personId} form[action='{form.GetAttribute("action")}']";
    }
}
