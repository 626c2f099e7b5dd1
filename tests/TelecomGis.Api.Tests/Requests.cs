using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

/// <summary>Requests the tests send again and again: one site, a batch file, a submission's JSON.</summary>
public static class Requests
{
    public static object MongCai33mA2b(string? carrier = null, string siteCode = "MC-33") =>
        new
        {
            carrier,
            site_code = siteCode,
            lon = 107.97826,
            lat = 21.53008,
            pole_class = "A2b",
            height_m = 33,
            camouflaged = false,
        };

    /// <summary>
    /// Four spots near the corners of the seed's military area at Móng Cái (R-MIL-01, about 900 m by 650 m), each more than 500 m
    /// (R09's widest A2b spacing) from the others, and the first two from the seed's tower (<see cref="MongCai33mA2b"/>): towers
    /// there need consultation as the seed's does, and proposals filed at one do not count against another.
    /// </summary>
    public static readonly (double Lon, double Lat)[] MilitaryAreaSpots =
    [
        (107.984404, 21.529653),
        (107.982480, 21.534621),
        (107.975128, 21.532128),
        (107.977052, 21.527160),
    ];

    /// <summary>The seed's 33 m A2b tower moved to one of <see cref="MilitaryAreaSpots"/>.</summary>
    public static object InTheMilitaryArea(int spot, string? carrier = null, string siteCode = "MC-33") =>
        new
        {
            carrier,
            site_code = siteCode,
            lon = MilitaryAreaSpots[spot].Lon,
            lat = MilitaryAreaSpots[spot].Lat,
            pole_class = "A2b",
            height_m = 33,
            camouflaged = false,
        };

    /// <summary>A storm's footprint over Móng Cái (WGS 84, longitude first): some forty sites stand inside it.</summary>
    public static readonly object MongCaiHazard = new
    {
        type = "Polygon",
        coordinates = new[]
        {
            new[]
            {
                new[] { 107.90, 21.48 },
                new[] { 108.05, 21.48 },
                new[] { 108.05, 21.58 },
                new[] { 107.90, 21.58 },
                new[] { 107.90, 21.48 },
            },
        },
    };

    public static MultipartFormDataContent File(string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }

    public static MultipartFormDataContent File(string fileName, string content) => File(fileName, Encoding.UTF8.GetBytes(content));

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<long> SubmitAsync(HttpClient carrierClient, object site, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(site) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await carrierClient.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await JsonOf(response)).GetProperty("submission").GetProperty("id").GetInt64();
    }

    public static async Task DecideAsync(HttpClient appraiserClient, long id, string outcome)
    {
        using var response = await appraiserClient.PostAsJsonAsync(
            $"/api/submissions/{id}/decision",
            new { outcome, reason = "Appraised against the plan; see the letter." }
        );
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Issues a decided batch's letter under the register's next number; the issue's answer (number, hashes).</summary>
    public static async Task<JsonElement> IssueAsync(HttpClient appraiserClient, long id, string? registerNumber = null)
    {
        using var response = await appraiserClient.PostAsJsonAsync(
            $"/api/submissions/{id}/issue",
            registerNumber is null ? new { } : (object)new { register_number = registerNumber }
        );
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
            Assert.Fail($"Issue of {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonOf(response);
    }

    /// <summary>How many batches the caller may see in all: the listing's X-Total-Count (a page holds at most 50 by default).</summary>
    public static async Task<int> CountSubmissionsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/submissions?limit=1");
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
