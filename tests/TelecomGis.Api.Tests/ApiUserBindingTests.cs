using Microsoft.AspNetCore.Http;
using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Tests;

/// <summary>The caller is bound once, from the authenticated principal, into an <see cref="ApiUser"/> parameter.</summary>
[Collection(SharedServer.Name)]
public sealed class ApiUserBindingTests(ApiServer server)
{
    [Theory]
    [InlineData("viettel-1", Roles.Carrier, "Viettel")]
    [InlineData("appraiser-1", Roles.Appraiser, null)]
    public async Task ASignedInCallerBindsToTheUserTheKeyNames(string id, string role, string? carrier)
    {
        var user = new ApiUser(id, role, carrier);
        var context = new DefaultHttpContext { User = user.ToPrincipal("ApiKey") };
        Assert.Equal(user, await ApiUser.BindAsync(context));
    }

    [Fact]
    public async Task AnAnonymousCallerBindsToNull()
    {
        Assert.Null(await ApiUser.BindAsync(new DefaultHttpContext()));
    }

    [Fact]
    public async Task TheBoundUserIsWhoTheKeySays_AndIsNoParameterInTheOpenApiDocument()
    {
        using var vnpt = server.Client("VNPT");
        var me = await Requests.JsonOf(await vnpt.GetAsync("/api/auth/me"));
        Assert.Equal("VNPT", me.GetProperty("carrier").GetString());
        Assert.Equal(Roles.Carrier, me.GetProperty("role").GetString());

        using var client = server.Client();
        var document = await Requests.JsonOf(await client.GetAsync("/openapi/v1.json"));
        var parameters = document
            .GetProperty("paths")
            .EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object && o.Value.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Value.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.DoesNotContain("user", parameters);
    }
}
