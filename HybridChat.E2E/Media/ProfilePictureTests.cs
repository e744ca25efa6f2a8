using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Media;

public class ProfilePictureTests(AppFixture app) : BrowserTest(app)
{
    // A real PNG drawn in the page, as a file from the desktop would be chosen.
    private const string DrawAPicture = """
        () => {
          const canvas = document.createElement("canvas");
          canvas.width = 480;
          canvas.height = 320;
          const context = canvas.getContext("2d");
          context.fillStyle = "#3b8ee8";
          context.fillRect(0, 0, 480, 320);
          return canvas.toDataURL("image/png").split(",")[1];
        }
        """;

    [Fact]
    public async Task A_profile_picture_appears_in_the_other_persons_friends_list()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana Lima");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        await arrange.BefriendAsync(ana, ben);
        var anaId = await arrange.IdOfAsync(ana);
        var (_, benPage) = await AnotherPersonAsync();
        await benPage.SignInAsync(ben);
        await benPage.GotoAsync("/friends");
        var anaCard = benPage.Locator($"#person-{anaId}");
        await Expect(anaCard.Locator(".avatar")).ToHaveTextAsync("AL");

        await Page.SignInAsync(ana);
        await Page.GotoAsync("/profile");
        var png = Convert.FromBase64String(await Page.EvaluateAsync<string>(DrawAPicture));
        await Page.GetByLabel("A picture of you").SetInputFilesAsync(new FilePayload { Name = "me.png", MimeType = "image/png", Buffer = png });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload picture" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/profile");

        var picture = anaCard.Locator(".avatar img");
        for (var attempt = 0; attempt < 100 && await picture.CountAsync() == 0; attempt++)
        {
            // The square preview is made by a job a moment later; the list shows it from then on.
            await Task.Delay(200);
            await benPage.ReloadAsync();
        }

        await Expect(picture).ToBeVisibleAsync();
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(256, await picture.EvaluateAsync<int>("image => image.naturalWidth"));
        Assert.Equal(256, await picture.EvaluateAsync<int>("image => image.naturalHeight"));
    }
}
