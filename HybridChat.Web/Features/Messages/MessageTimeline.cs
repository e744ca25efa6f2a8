using System.Globalization;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace HybridChat.Web.Features.Messages;

// How a list of messages reads: a day heading before the first message of each day, and the
// author's name and avatar once for a run of messages from one person a few minutes apart.
// Server-side in UTC; chat.js redraws both in the reader's own calendar as messages arrive live
// or older history loads.
public static class MessageTimeline
{
    public static readonly TimeSpan RunGap = TimeSpan.FromMinutes(5);

    public const string ContinuedKey = "MessageContinued";

    public static bool Continues(Message? previous, Message message) =>
        previous is not null && previous.SenderId == message.SenderId && previous.CallId is null && message.CallId is null
        && previous.CreatedAt.Date == message.CreatedAt.Date && message.CreatedAt - previous.CreatedAt <= RunGap;

    public static bool StartsDay(Message? previous, Message message) => previous is null || previous.CreatedAt.Date != message.CreatedAt.Date;

    public static string DayKey(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayLabel(DateTime day, DateTime today) =>
        day.Date == today.Date ? "Today"
        : day.Date == today.Date.AddDays(-1) ? "Yesterday"
        : day.ToString(day.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static ViewDataDictionary For(ViewDataDictionary parent, bool continued) => new(parent) { [ContinuedKey] = continued };
}

// A stretch of the message list: the page's messages or an older page loaded by scrolling up.
public record MessageListView(IReadOnlyList<Message> Messages, long? FirstUnreadId = null);
