using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Register;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Tests.Stores;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 11, 6: a verdict records the register state it read, and re-appraising the batch as of that state gives the same
/// verdict after a later approval lands next to it, while the register as of now gives a different R09 outcome. The replay is
/// the service's (<see cref="RegisterEngines.AsReadAsync"/>, which the plan-impact report uses), run here on both stores.
/// </summary>
public sealed class RegisterReplayTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    // A spot in the hills of Ba Chẽ away from the bundle's sites; 0.000964° of longitude is 100 m at 21.3° N.
    private const double Lon = 107.34,
        Lat = 21.29,
        HundredMetresEast = 0.000964;

    private async Task<ApiServer> StartAsync(string store) =>
        store == "postgis"
            ? await ApiServer.StartAsync("--ConnectionStrings:Postgres", await postgres.NewDatabaseAsync())
            : await ApiServer.StartAsync();

    private static (string RuleId, RuleOutcome Outcome, string Vi, string En, double? Measured)[] Figures(AppraisalResult r) =>
        [.. r.Results.Select(x => (x.RuleId, x.Outcome, x.MessageVi, x.MessageEn, x.MeasuredValue))];

    [Theory]
    [InlineData("geopackage")]
    [InlineData("postgis")]
    public async Task ABatchReappraisedAsItsRecordedRegisterState_KeepsItsVerdict_AfterALaterApprovalLandsNextToIt(string kind)
    {
        await using var server = await StartAsync(kind);
        var store = server.Services.GetRequiredService<IAppraisalStore>();
        var engines = server.Services.GetRequiredService<RegisterEngines>();
        var current = server.Services.GetRequiredService<LoadedPlans>().Current;

        // Carrier A's batch: a new A2b tower with nothing bulky near it; R09 passes.
        long batch;
        using (var viettel = server.Client("Viettel"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions")
            {
                Content = JsonContent.Create(
                    new
                    {
                        carrier = "Viettel",
                        site_code = "VT-REPLAY-1",
                        lon = Lon,
                        lat = Lat,
                        pole_class = "A2b",
                        height_m = 30,
                        camouflaged = false,
                    }
                ),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await viettel.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            batch = (await Requests.JsonOf(response)).GetProperty("submission").GetProperty("id").GetInt64();
        }
        var read = await store.FindRegisterReadAsync(batch);
        Assert.NotNull(read);
        var saved = Assert.Single(await store.LoadRowsAsync(batch)).Appraisal!;
        Assert.Equal(RuleOutcome.Pass, saved["R09"].Outcome);

        // Later, carrier B's tower 100 m east is approved: the event the desk appends when its letter is issued.
        var later = new AntennaStructure(
            "HS999-1",
            "MobiFone",
            "MB-LATER-1",
            new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(Lon + HundredMetresEast, Lat)),
            PoleClass.A2b,
            30,
            false,
            null,
            null,
            false,
            [],
            []
        );
        await store.AppendRegisterEventsAsync([
            new RegisterEvent(
                0,
                later.Id,
                LifecycleStage.Approved,
                read!.ReadAt.AddMinutes(5),
                "u-appraiser",
                EventSource.Decision,
                "submission:999",
                new Approval("99/SKHCN-BCVT", DateOnly.FromDateTime(read.ReadAt.UtcDateTime), 999, 1),
                later
            ),
        ]);

        var events = await store.LoadRegisterEventsAsync();
        var asRecorded = (await engines.AsReadAsync(current, read, batch, events, CancellationToken.None)).Appraise(saved.Site);
        Assert.Equal(saved.Verdict, asRecorded.Verdict);
        Assert.Equal(Figures(saved), Figures(asRecorded));

        // As of now (the same batch, the register's latest state), R09 fails and names B's approved structure and its letter.
        var now = new RegisterRead(await store.LastRegisterEventIdAsync(), DateTimeOffset.UtcNow.AddMinutes(10));
        var asOfNow = (await engines.AsReadAsync(current, now, batch, events, CancellationToken.None)).Appraise(saved.Site);
        Assert.Equal(RuleOutcome.Fail, asOfNow["R09"].Outcome);
        Assert.Contains("HS999-1", asOfNow["R09"].MessageVi);
        Assert.Contains("99/SKHCN-BCVT", asOfNow["R09"].MessageVi);

        // The plan-impact report replays the batch as recorded: the current version changes nothing for it.
        using var planner = server.Client("planner");
        var impact = await Requests.JsonOf(await planner.GetAsync($"/api/plans/{await server.PlanVersionAsync()}/impact"));
        Assert.DoesNotContain(impact.GetProperty("changes").EnumerateArray(), c => c.GetProperty("submission_id").GetInt64() == batch);
    }
}
