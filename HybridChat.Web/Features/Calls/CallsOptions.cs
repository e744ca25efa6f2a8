using System.ComponentModel.DataAnnotations;

namespace HybridChat.Web.Features.Calls;

// "Calls" in configuration. Without ICE servers, browsers on one network still connect with their
// own addresses; across networks they need STUN, and behind strict NATs a TURN relay (e.g. coturn).
public sealed class CallsOptions
{
    public const string Section = "Calls";

    [Range(1, 600)]
    public int RingSeconds { get; set; } = 30;

    public List<IceServer> IceServers { get; } = [];

    public TimeSpan RingFor => TimeSpan.FromSeconds(RingSeconds);
}

// One entry of RTCConfiguration.iceServers, handed to the two browsers of a call as it is.
public sealed class IceServer
{
    public List<string> Urls { get; } = [];

    public string? Username { get; set; }

    public string? Credential { get; set; }
}
