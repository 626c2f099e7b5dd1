using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>A carrier's declaration through the real service (issue 11, 4): uploaded, compared, seen by no other carrier, confirmed once.</summary>
public sealed class DeclarationTests
{
    private static MultipartFormDataContent File(string csv) => new() { { new StringContent(csv), "file", "bao-cao.csv" } };

    [Fact]
    public async Task ADeclaration_IsComparedKeptPending_HiddenFromOtherCarriers_AndConfirmedOnce()
    {
        await using var server = await ApiServer.StartAsync();
        using var viettel = server.Client("Viettel");
        using var vnpt = server.Client("VNPT");
        using var appraiser = server.Client("appraiser");

        // A bad row refuses the whole file, naming the row: nothing is kept.
        using (
            var bad = await viettel.PostAsync(
                "/api/register/declarations",
                File("Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\nVT-X1,107.32,21.30,A2b,30,4G\nVT-X2,107.33,21.30,A9,30,4G\n")
            )
        )
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            Assert.Contains("rows[2].pole_class", await bad.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, (await Requests.JsonOf(await viettel.GetAsync("/api/register/declarations"))).GetArrayLength());

        // A tower in the hills of Ba Chẽ with no approval near it: new and unpermitted; Viettel's bundle sites are missing.
        using var uploaded = await viettel.PostAsync(
            "/api/register/declarations",
            File("Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\nVT-X1,107.32,21.30,A2b,30,\"2G, 4G\"\n")
        );
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var detail = await Requests.JsonOf(uploaded);
        var id = detail.GetProperty("id").GetInt64();
        Assert.Equal("pending", detail.GetProperty("status").GetString());
        Assert.Equal(1, detail.GetProperty("summary").GetProperty("unpermitted").GetInt32());
        Assert.True(detail.GetProperty("summary").GetProperty("missing").GetInt32() > 0);
        Assert.Contains("xây dựng không phép", detail.GetProperty("changes")[0].GetProperty("message").GetString());

        using (var other = await vnpt.GetAsync($"/api/register/declarations/{id}"))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using (var other = await vnpt.PostAsync($"/api/register/declarations/{id}/confirm", null))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(0, (await Requests.JsonOf(await vnpt.GetAsync("/api/register/declarations"))).GetArrayLength());
        Assert.Equal(1, (await Requests.JsonOf(await appraiser.GetAsync("/api/register/declarations"))).GetArrayLength());

        using var confirmed = await viettel.PostAsync($"/api/register/declarations/{id}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("confirmed", (await Requests.JsonOf(confirmed)).GetProperty("status").GetString());
        using (var again = await viettel.PostAsync($"/api/register/declarations/{id}/confirm", null))
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var structure = await Requests.JsonOf(await appraiser.GetAsync($"/api/register/structures/KB{id}-1"));
        Assert.Equal("unpermitted", structure.GetProperty("structure").GetProperty("status").GetString());
        Assert.Equal("declaration", structure.GetProperty("history")[0].GetProperty("source").GetString());
    }
}
