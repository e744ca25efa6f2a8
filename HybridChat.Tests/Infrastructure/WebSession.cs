using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace HybridChat.Tests.Infrastructure;

// One browser's worth of state (cookies) driving the web pages over HTTP, the way a person would:
// open a page, fill its form, submit it with whatever hidden fields (the antiforgery token) it carries.
public sealed class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, IDictionary<string, string> fields)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && !string.IsNullOrEmpty(input.Name))
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : new Uri(page.Url).PathAndQuery;
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<IDocument> OpenAndSubmitAsync(string url, string formSelector, IDictionary<string, string> fields, HttpStatusCode expected)
    {
        var page = await GetPageAsync(url);
        using var response = await SubmitAsync(page, formSelector, fields);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => Client.Dispose();
}
