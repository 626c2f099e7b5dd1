using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Register;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The engine an appraisal uses is kept while the store's change stamp holds and rebuilt when a batch or a register event
/// changes what it must see (issue 14, item 6: the pending proposals are no longer read on every request).
/// </summary>
public sealed class RegisterEnginesTests
{
    private static bool Holds((AppraisalEngine Engine, RegisterRead Read) read, string siteId) =>
        read.Engine.Index.Sites.Features.Any(f => f.Item.Id == siteId);

    private static async Task<long> SubmitAsync(ApiServer server, string siteCode, double lon)
    {
        using var viettel = server.Client("Viettel");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions")
        {
            Content = JsonContent.Create(
                new
                {
                    carrier = "Viettel",
                    site_code = siteCode,
                    lon,
                    lat = 21.29,
                    pole_class = "A2b",
                    height_m = 30,
                    camouflaged = false,
                }
            ),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await viettel.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Requests.JsonOf(response)).GetProperty("submission").GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task TheEngineIsKeptWhileNothingChanged_AndRebuiltWithANewProposalAndANewRegisterEvent()
    {
        await using var server = await ApiServer.StartAsync();
        var store = server.Services.GetRequiredService<IAppraisalStore>();
        var engines = server.Services.GetRequiredService<RegisterEngines>();
        var current = server.Services.GetRequiredService<LoadedPlans>().Current;

        var first = await engines.ForAsync(current, CancellationToken.None);
        var again = await engines.ForAsync(current, CancellationToken.None);
        Assert.Same(first.Engine, again.Engine);
        Assert.True(again.Read.ReadAt >= first.Read.ReadAt);
        Assert.Equal(first.Read.LastEventId, again.Read.LastEventId);

        // A carrier's batch: its new tower is a pending proposal the next appraisal must see.
        var batch = await SubmitAsync(server, "VT-STAMP-1", 107.34);
        var proposal = RegisterIds.FromDossier(batch, 1);
        Assert.False(Holds(again, proposal));
        var withProposal = await engines.ForAsync(current, CancellationToken.None);
        Assert.NotSame(again.Engine, withProposal.Engine);
        Assert.True(Holds(withProposal, proposal));
        Assert.Same(withProposal.Engine, (await engines.ForAsync(current, CancellationToken.None)).Engine);

        // A second batch alone: its proposal is added to the kept list (only the new batch is read), the first stays.
        var secondBatch = await SubmitAsync(server, "VT-STAMP-2", 107.36);
        var second = RegisterIds.FromDossier(secondBatch, 1);
        var withBoth = await engines.ForAsync(current, CancellationToken.None);
        Assert.True(Holds(withBoth, proposal) && Holds(withBoth, second));
        // ...and the kept engine extended, not rebuilt: the sites it held keep their indexed features, and the result is the
        // engine a whole build gives (the same sites in the same order, the same verdict for a tower between the two).
        var held = withProposal.Engine.Index.Sites.Features;
        Assert.All(held, (f, i) => Assert.Same(f, withBoth.Engine.Index.Sites.Features[i]));
        var whole = await engines.AsReadAsync(
            current,
            withBoth.Read,
            secondBatch + 1,
            await store.LoadRegisterEventsAsync(cancellationToken: CancellationToken.None),
            CancellationToken.None
        );
        Assert.Equal(whole.Index.Sites.Features.Select(f => f.Item.Id), withBoth.Engine.Index.Sites.Features.Select(f => f.Item.Id));
        var between = new ProposedSite(1, "MobiFone", "MB-BETWEEN", 107.35, 21.29, PoleClass.A2b, 30, false, null, null);
        var fromExtended = withBoth.Engine.Appraise(between);
        var fromWhole = whole.Appraise(between);
        Assert.Equal(fromWhole.Verdict, fromExtended.Verdict);
        Assert.Equal(
            fromWhole.Results.Select(r => (r.RuleId, r.Outcome, r.MeasuredValue, r.MessageVi)),
            fromExtended.Results.Select(r => (r.RuleId, r.Outcome, r.MeasuredValue, r.MessageVi))
        );

        // The first refused: a decision is not a new batch, so the list is read whole again and the refused proposal is gone.
        await store.AppendSiteDecisionAsync(
            new SiteDecision(0, batch, 1, SiteDecisionKind.Refuse, "Không phù hợp quy hoạch", null, "u-appraiser", DateTimeOffset.UtcNow)
        );
        var afterRefusal = await engines.ForAsync(current, CancellationToken.None);
        Assert.False(Holds(afterRefusal, proposal));
        Assert.True(Holds(afterRefusal, second));

        // A structure entered in the register (as an inspection's finding would): in the next engine, with the event's id read.
        var found = new AntennaStructure(
            "TT-STAMP-1",
            "MobiFone",
            "MB-STAMP-1",
            new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(107.35, 21.30)),
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
                found.Id,
                LifecycleStage.Unpermitted,
                DateTimeOffset.UtcNow.AddMinutes(-1),
                "u-inspector",
                EventSource.Inspection,
                "inspection:stamp",
                null,
                found
            ),
        ]);
        var withStructure = await engines.ForAsync(current, CancellationToken.None);
        Assert.NotSame(afterRefusal.Engine, withStructure.Engine);
        Assert.True(withStructure.Read.LastEventId > afterRefusal.Read.LastEventId);
        Assert.True(Holds(withStructure, found.Id) && Holds(withStructure, second) && !Holds(withStructure, proposal));
    }
}
