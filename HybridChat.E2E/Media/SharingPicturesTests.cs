using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Media;

public class SharingPicturesTests(AppFixture app) : ChatBrowserTest(app)
{
    // A real PNG drawn in the page, dropped onto the chat the way a file from the desktop arrives.
    private const string DropAPicture = """
        async () => {
          const canvas = document.createElement("canvas");
          canvas.width = 320;
          canvas.height = 200;
          const context = canvas.getContext("2d");
          context.fillStyle = "#e8743b";
          context.fillRect(0, 0, 320, 200);
          const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
          const files = new DataTransfer();
          files.items.add(new File([blob], "sunset.png", { type: "image/png" }));
          const chat = document.querySelector(".chat form.composer");
          chat.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: files }));
        }
        """;

    [Fact]
    public async Task A_picture_dropped_on_the_chat_appears_as_a_preview_for_both_people_live()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();

        await Page.EvaluateAsync(DropAPicture);
        await Expect(Page.Locator("form.composer .upload.done")).ToContainTextAsync("sunset.png");
        var send = Page.Locator("form.composer button[type='submit']");
        await Expect(send).ToBeEnabledAsync();
        await send.ClickAsync();

        foreach (var page in new[] { Page, benPage })
        {
            var preview = page.Messages(chat).Locator("img[alt='sunset.png']");
            await Expect(preview).ToBeVisibleAsync();
            await Expect(preview).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await preview.EvaluateAsync<int>("image => image.naturalWidth") > 0, "the preview loads for " + page.Url);
        }
    }
}
