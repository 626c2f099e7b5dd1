using System.Net;
using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Tests;

/// <summary>
/// `issue-key` writes to the keys file while the service runs (another process, another <see cref="KeyRing"/> on the same file):
/// the running service accepts the new key at its first use, without a restart.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class KeyRingTests(ApiServer server) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N"));

    private string KeysFile => Path.Combine(_folder, "api-keys.json");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }

    [Fact]
    public void AKeyIssuedByAnotherProcess_IsFoundAtItsFirstUse_AndTheServicesOwnKeysStay()
    {
        var service = KeyRing.Open(KeysFile, out var demo);
        var own = service.Issue(new ApiUser("planner-2", Roles.Planner, null));

        var issued = KeyRing.Open(KeysFile, out _).Issue(new ApiUser("ops-admin", Roles.Admin, null));

        Assert.Equal(new ApiUser("ops-admin", Roles.Admin, null), service.Find(issued.Key));
        Assert.Equal(own.User, service.Find(own.Key));
        Assert.Equal(demo[0].User, service.Find(demo[0].Key));
    }

    [Fact]
    public void IssuingReadsTheFileFirst_SoAKeyAnotherProcessAddedIsNotOverwritten()
    {
        var service = KeyRing.Open(KeysFile, out _);
        var outside = KeyRing.Open(KeysFile, out _).Issue(new ApiUser("ops-admin", Roles.Admin, null));
        var inside = service.Issue(new ApiUser("vnpt-2", Roles.Carrier, "VNPT"));

        var reopened = KeyRing.Open(KeysFile, out _);
        Assert.NotNull(reopened.Find(outside.Key));
        Assert.NotNull(reopened.Find(inside.Key));
    }

    [Fact]
    public void AKeysFileThatCannotBeRead_LeavesTheKnownKeysWorking()
    {
        var service = KeyRing.Open(KeysFile, out var demo);
        File.WriteAllText(KeysFile, "{ not json");
        Assert.Null(service.Find("tgk_unknown"));
        Assert.Equal(demo[0].User, service.Find(demo[0].Key));
    }

    [Fact]
    public async Task TheRunningServiceAcceptsAKeyWrittenToItsFileAsIssueKeyDoes()
    {
        // What `issue-key planner ops-planner --Store:Path …` does: open the ring beside the store and add a key.
        var keysFile = Path.Combine(Path.GetDirectoryName(server.StoreFile)!, "api-keys.json");
        var issued = KeyRing.Open(keysFile, out _).Issue(new ApiUser("ops-planner", Roles.Planner, null));

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.Key);
        using var plans = await client.GetAsync("/api/plans");
        Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
        Assert.Equal("ops-planner", (await Requests.JsonOf(await client.GetAsync("/api/auth/me"))).GetProperty("user_id").GetString());
    }
}
