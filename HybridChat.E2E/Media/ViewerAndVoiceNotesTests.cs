using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Media;

public class ViewerAndVoiceNotesTests(AppFixture app) : ChatBrowserTest(app)
{
    // Three real PNGs (900x600, larger than a preview) drawn in the page and dropped on the chat at once.
    private const string DropThreePictures = """
        async () => {
          const files = new DataTransfer();
          for (const [name, colour] of [["red.png", "#d33"], ["green.png", "#3a3"], ["blue.png", "#33d"]]) {
            const canvas = document.createElement("canvas");
            canvas.width = 900;
            canvas.height = 600;
            const context = canvas.getContext("2d");
            context.fillStyle = colour;
            context.fillRect(0, 0, 900, 600);
            const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
            files.items.add(new File([blob], name, { type: "image/png" }));
          }
          document.querySelector(".chat form.composer").dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: files }));
        }
        """;

    [Fact]
    public async Task A_picture_opens_full_size_the_arrows_move_through_the_chat_and_escape_returns_to_it()
    {
        var (chat, _, _) = await AnaAndBenInAChatAsync();
        await Page.EvaluateAsync(DropThreePictures);
        await Expect(Page.Locator("form.composer .upload.done")).ToHaveCountAsync(3);
        await Page.Locator("form.composer button[type='submit']").ClickAsync();
        var previews = Page.Messages(chat).Locator("a.attachment.picture");
        await Expect(previews).ToHaveCountAsync(3);
        var viewer = Page.GetByRole(AriaRole.Dialog);
        // In the order the chat shows them, whichever upload finished first.
        var names = await previews.Locator("img").EvaluateAllAsync<string[]>("images => images.map((image) => image.alt)");
        Assert.Equal(["blue.png", "green.png", "red.png"], names.Order());

        await previews.Nth(0).ClickAsync();
        await Expect(viewer).ToBeVisibleAsync();
        await Expect(viewer).ToContainTextAsync(names[0]);
        var full = viewer.Locator("img");
        await Expect(full).ToHaveAttributeAsync("src", await previews.Nth(0).GetAttributeAsync("href") ?? "");
        await Page.WaitForFunctionAsync("image => image.complete && image.naturalWidth === 900", await full.ElementHandleAsync());

        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(viewer).ToContainTextAsync(names[1]);
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(viewer).ToContainTextAsync(names[2]);
        await Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Next picture" })).ToBeDisabledAsync();
        await Page.Keyboard.PressAsync("ArrowLeft");
        await Expect(viewer).ToContainTextAsync(names[1]);
        await Expect(viewer).ToContainTextAsync("2 of 3");

        await Page.Keyboard.PressAsync("Escape");
        await Expect(viewer).ToBeHiddenAsync();
        await Expect(previews.Nth(1)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_voice_note_recorded_from_the_microphone_arrives_as_an_audio_player()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await Page.Context.GrantPermissionsAsync(["microphone"]);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Expect(Page.Locator("form.composer .recording-status")).ToContainTextAsync("Recording 0:01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();
        await Expect(Page.Locator("form.composer .upload.done")).ToContainTextAsync("voice-note-");
        await Page.Locator("form.composer button[type='submit']").ClickAsync();

        var player = benPage.Messages(chat).Locator("figure.attachment.audio audio[controls]");
        await Expect(player).ToBeVisibleAsync();
        await Expect(benPage.Messages(chat).Locator("figure.attachment.audio figcaption")).ToContainTextAsync("audio/webm");
        await benPage.WaitForFunctionAsync("audio => audio.readyState >= 1 && !audio.error", await player.ElementHandleAsync());
    }
}
