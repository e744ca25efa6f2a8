using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Api;

// The check every test client runs on the API's answers fails on what a generated client would trip over.
public class ContractCheckTests(ChatApp app) : IClassFixture<ChatApp>
{
    private static readonly string Profile = ApiContract.PointerTo("paths", "/api/v1/me", "get", "responses", "200", "content", "application/json", "schema");

    [Fact]
    public async Task A_profile_as_the_server_sends_it_passes()
    {
        var contract = await app.ContractAsync();

        Assert.Null(contract.Check(Profile, ValidProfile()));
    }

    [Theory]
    [InlineData("nickname", "\"Ana\"")]
    [InlineData("lastSeenVisibility", "2")]
    [InlineData("id", "\"1\"")]
    [InlineData("bio", null)]
    public async Task A_profile_with_an_undocumented_field_a_wrong_type_or_a_missing_field_fails(string field, string? json)
    {
        var contract = await app.ContractAsync();
        var profile = ValidProfile();
        if (json is null)
        {
            profile.Remove(field);
        }
        else
        {
            profile[field] = JsonNode.Parse(json);
        }

        Assert.NotNull(contract.Check(Profile, profile));
    }

    [Fact]
    public async Task An_event_with_data_of_another_type_fails()
    {
        var contract = await app.ContractAsync();

        Assert.Null(contract.CheckEvent("friend.removed", null, """{"userId": 3}"""));
        Assert.NotNull(contract.CheckEvent("friend.removed", null, """{"id": 3}"""));
        Assert.NotNull(contract.CheckEvent("no.such.event", null, "{}"));
    }

    private static JsonObject ValidProfile() => JsonNode.Parse("""
        {"id": 1, "userName": "ana", "email": "ana@example.com", "displayName": "Ana", "bio": null, "avatarUrl": null,
         "lastSeenVisibility": "friends", "emailMissedMessages": true}
        """)!.AsObject();
}
