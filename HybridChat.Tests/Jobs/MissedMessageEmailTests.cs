using System.Globalization;
using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Jobs;

// Someone away for the idle period (here one second) with unread direct messages gets one email.
public class MissedMessageEmailTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Someone_away_gets_one_email_listing_the_unread_messages_and_no_second_within_the_hour()
    {
        await using var app = AppWithShortIdle();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "Lunch at the <blue> café tomorrow?");
        await Task.Delay(Idle * 1.5);

        await app.RunRecurringAsync(RecurringJobSchedule.MissedMessages);

        var mail = Assert.Single(await app.MailsToAsync($"{ben.UserName}@example.test"));
        Assert.Contains(ana.UserName!, mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"{ana.UserName}: Lunch at the <blue> café tomorrow?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lunch at the &lt;blue&gt; caf", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5000/conversations/{chat}", mail.TextBody, StringComparison.Ordinal);

        await ana.SendAsync(chat, "Or the day after?");
        await Task.Delay(Idle * 1.5);
        await app.RunRecurringAsync(RecurringJobSchedule.MissedMessages);

        Assert.Single(await app.MailsToAsync($"{ben.UserName}@example.test"));
    }

    [Fact]
    public async Task Reading_the_messages_first_cancels_the_email()
    {
        await using var app = AppWithShortIdle();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var sent = await ana.SendAsync(chat, "Did you see this?");
        using (await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = sent["id"]!.GetValue<long>() }))
        {
        }

        await Task.Delay(Idle * 1.5);
        await app.RunRecurringAsync(RecurringJobSchedule.MissedMessages);

        Assert.Empty(await app.MailsToAsync($"{ben.UserName}@example.test"));
    }

    [Fact]
    public async Task Nobody_who_turned_the_setting_off_gets_the_email()
    {
        await using var app = AppWithShortIdle();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        using (var patched = await ben.PatchAsync("me", new { emailMissedMessages = false }))
        {
            Assert.False((await patched.ReadJsonAsync())["emailMissedMessages"]!.GetValue<bool>());
        }

        await ana.SendAsync(chat, "Anyone there?");
        await Task.Delay(Idle * 1.5);
        await app.RunRecurringAsync(RecurringJobSchedule.MissedMessages);

        Assert.Empty(await app.MailsToAsync($"{ben.UserName}@example.test"));
    }

    private static ChatApp AppWithShortIdle()
    {
        var app = new ChatApp();
        app.Settings["Jobs:MissedMessagesIdleMinutes"] = Idle.TotalMinutes.ToString(CultureInfo.InvariantCulture);
        return app;
    }
}
