using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Calls;

// Two people call each other from their chat in two browsers with fake cameras and microphones:
// the call connects browser to browser, video frames arrive on both sides, and the chat keeps
// a record of every call, answered or not.
public class CallTests(AppFixture app) : ChatBrowserTest(app)
{
    // The browser's own count of video frames decoded from the other side.
    private const string VideoFramesArrive = """
        async () => {
          const connection = document.getElementById("call").peerConnection;
          if (!connection) return false;
          const stats = await connection.getStats();
          return [...stats.values()].some((report) => report.type === "inbound-rtp" && report.kind === "video" && report.framesDecoded > 0);
        }
        """;

    [Fact]
    public async Task Ana_calls_Ben_they_connect_with_video_both_ways_and_hang_up_then_Ben_declines_the_next_call()
    {
        var (chat, _, ben) = await AnaAndBenInAChatAsync();
        var anaCall = Page.Locator("dialog#call");
        var benCall = ben.Locator("dialog#call");
        var ring = ben.Locator("#incoming-call");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Start a video call" }).ClickAsync();
        await Expect(anaCall).ToContainTextAsync("Ringing");
        await Expect(ring).ToContainTextAsync("Ana is calling you (video)");
        await ring.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Expect(anaCall).ToHaveAttributeAsync("data-state", "connected");
        await Expect(benCall).ToHaveAttributeAsync("data-state", "connected");
        await Page.WaitForFunctionAsync(VideoFramesArrive);
        await ben.WaitForFunctionAsync(VideoFramesArrive);
        await Expect(anaCall.Locator(".call-duration")).ToBeVisibleAsync();

        await anaCall.GetByRole(AriaRole.Button, new() { Name = "Hang up" }).ClickAsync();
        await Expect(anaCall).ToContainTextAsync("Call ended");
        await Expect(benCall).ToContainTextAsync("Call ended");
        await anaCall.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await benCall.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(Page.Messages(chat).Locator(".call-record")).ToContainTextAsync("Video call, ");
        await Expect(ben.Messages(chat).Locator(".call-record")).ToContainTextAsync("Video call, ");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Start an audio call" }).ClickAsync();
        await Expect(ring).ToContainTextAsync("Ana is calling you (audio)");
        await ring.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();

        await Expect(anaCall).ToContainTextAsync("Declined");
        await Expect(ring).ToBeHiddenAsync();
        await Expect(Page.Messages(chat).Locator(".call-record").Last).ToContainTextAsync("Declined audio call");
    }
}
