using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Media;

public static class MediaSteps
{
    public static async Task<HttpResponseMessage> UploadAsync(this ApiSession api, byte[] bytes, string fileName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await api.Client.PostAsync(new Uri("/api/v1/media", UriKind.Relative), form);
    }

    public static async Task<JsonObject> UploadedAsync(this ApiSession api, byte[] bytes, string fileName, string contentType)
    {
        using var response = await api.UploadAsync(bytes, fileName, contentType);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonObject> SendFilesAsync(this ApiSession api, int conversationId, string text, params int[] mediaIds)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var sent = await api.PostAsync($"conversations/{conversationId}/messages",
            new { clientMessageId = Guid.NewGuid().ToString("N"), text, attachmentIds = mediaIds });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return await sent.ReadJsonAsync();
    }

    // The message as the history shows it now.
    public static async Task<JsonObject> MessageAsync(this ApiSession api, int conversationId, long messageId)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var page = await api.GetAsync($"conversations/{conversationId}/messages?after={messageId - 1}&limit=1");
        return (await page.ReadJsonAsync())["items"]!.AsArray().Single()!.AsObject();
    }

    public static async Task<JsonObject> WhenPreviewSettledAsync(this ApiSession api, int conversationId, long messageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var message = await api.MessageAsync(conversationId, messageId);
            var attachment = message["attachments"]!.AsArray()[0]!.AsObject();
            if (attachment["thumbnailState"]!.GetValue<string>() != "pending" || DateTime.UtcNow > deadline)
            {
                return attachment;
            }

            await Task.Delay(100);
        }
    }
}
