using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;
using NetVips;

namespace HybridChat.Tests.Media;

public static class AvatarSteps
{
    public static Task<HttpResponseMessage> SetAvatarAsync(this ApiSession api, byte[] bytes, string fileName, string contentType,
        string path = "me/avatar")
    {
        ArgumentNullException.ThrowIfNull(api);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return api.Client.PutAsync(new Uri($"/api/v1/{path}", UriKind.Relative), form);
    }

    // The square preview is made by a job: asks until the address shows up (or the wait gives out).
    public static async Task<string?> WhenAvatarShownAsync(this ApiSession api, string path, Func<JsonObject, JsonNode?> avatarUrl)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(avatarUrl);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await api.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var url = avatarUrl(await response.ReadJsonAsync())?.GetValue<string>();
            if (url is not null || DateTime.UtcNow > deadline)
            {
                return url;
            }

            await Task.Delay(100);
        }
    }

    public static Task<string?> WhenMyAvatarShownAsync(this ApiSession api) => api.WhenAvatarShownAsync("me", me => me["avatarUrl"]);

    public static async Task<(int Width, int Height)> SquarePictureAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var picture = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/webp", picture.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", picture.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await picture.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        using var image = Image.NewFromBuffer(bytes);
        return (image.Width, image.Height);
    }

    // A page's multipart form as a browser without JavaScript sends it: its hidden fields and one file.
    public static async Task<HttpResponseMessage> SubmitFileAsync(this WebSession browser, IDocument page, string formSelector, byte[] bytes,
        string fileName, string contentType, bool withToken = true)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            if (withToken || input.GetAttribute("name") != "__RequestVerificationToken")
            {
                content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
            }
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", fileName);
        return await browser.Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
