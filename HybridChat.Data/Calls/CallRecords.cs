using System.Globalization;
using HybridChat.Data.Entities;

namespace HybridChat.Data.Calls;

// What the chat says about a call once it ends: "Video call, 3 min", "Missed audio call".
public static class CallRecords
{
    public static string TextOf(ChatCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var kind = call.Kind == CallKind.Video ? "video" : "audio";
        return call switch
        {
            { AnsweredAt: { } answered, EndedAt: { } ended } => $"{char.ToUpperInvariant(kind[0])}{kind[1..]} call, {Duration(ended - answered)}",
            { EndedBy: CallEnd.Declined } => $"Declined {kind} call",
            _ => $"Missed {kind} call",
        };
    }

    public static string Duration(TimeSpan length) => length.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(length.TotalMinutes)} min")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)Math.Round(length.TotalSeconds))} s");

    // One record per call, however many times its end is reported (two tabs, a retried request).
    public static string ClientMessageIdOf(ChatCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return string.Create(CultureInfo.InvariantCulture, $"call-{call.Id}");
    }
}
