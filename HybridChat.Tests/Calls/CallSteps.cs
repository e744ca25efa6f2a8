using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Calls;

public static class CallSteps
{
    public static async Task<long> RingAsync(this ApiSession caller, int chat, string kind = "audio")
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var started = await caller.PostAsync("calls", new { conversationId = chat, kind });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        return (await started.ReadJsonAsync())["id"]!.GetValue<long>();
    }

    public static async Task<JsonObject> StepAsync(this ApiSession person, long call, string step)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var answered = await person.PostAsync($"calls/{call}/{step}", new { });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        return await answered.ReadJsonAsync();
    }

    public static Task<EventStreamClient> StreamAsync(this ApiSession person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return EventStreamClient.OpenAsync(person.Client, person.AccessToken!);
    }

    // The next event of each type, in whatever order they come: a call's end is pushed at once,
    // its record comes through the change log.
    public static async Task<Dictionary<string, JsonObject>> NextOfEachAsync(this EventStreamClient stream, params string[] types)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var seen = new Dictionary<string, JsonObject>();
        while (seen.Count < types.Length)
        {
            var next = await stream.NextAsync();
            if (types.Contains(next.Type))
            {
                seen.TryAdd(next.Type, next.Data);
            }
        }

        return seen;
    }

    // The chat's newest message: where a call leaves its record.
    public static async Task<JsonObject> LastMessageAsync(this ApiSession person, int chat)
    {
        ArgumentNullException.ThrowIfNull(person);
        var page = await (await person.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync();
        return page["items"]!.AsArray().Select(m => m!.AsObject()).MaxBy(m => m["id"]!.GetValue<long>())!;
    }
}
