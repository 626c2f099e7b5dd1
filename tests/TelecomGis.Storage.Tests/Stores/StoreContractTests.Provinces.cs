using System.Globalization;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// Several provinces in one deployment (issue 12, item 5): a province's view of the store reads and writes that province only.
public abstract partial class StoreContractTests
{
    /// <summary>A second province's small plan (Hải Phòng's code on Quảng Ninh's features: the filter is by code, not by place).</summary>
    private ProvincePlan HaiPhongPlan => field ??= WithProvince(Small(bundle.Plan, "hai-phong"), "31", "Hải Phòng");

    private static ProvincePlan WithProvince(ProvincePlan plan, string code, string name) =>
        plan with
        {
            Province = plan.Province with { Code = code, Name = name },
        };

    private async Task<IAppraisalStore> TwoProvinceStoreAsync()
    {
        var store = await NewStoreAsync();
        await store.ImportPlanAsync(SmallPlan);
        await store.ImportPlanAsync(HaiPhongPlan);
        await store.ActivatePlanAsync(SmallPlan.Version, IAppraisalStore.SystemActor, Noon);
        await store.ActivatePlanAsync(HaiPhongPlan.Version, IAppraisalStore.SystemActor, Noon.AddMinutes(1));
        return store;
    }

    [Fact]
    public async Task AProvincesView_SeesItsOwnPlanVersionsAndCurrentVersion_NotAnothers()
    {
        await using var store = await TwoProvinceStoreAsync();
        var qn = store.InProvince("22");
        var hp = store.InProvince("31");
        Assert.Equal(SmallPlan.Version, await qn.CurrentPlanVersionAsync());
        Assert.Equal(HaiPhongPlan.Version, await hp.CurrentPlanVersionAsync());
        // The whole store's current version is the latest activation of any province (what a single-province deployment reads).
        Assert.Equal(HaiPhongPlan.Version, await store.CurrentPlanVersionAsync());
        Assert.Equal([SmallPlan.Version], (await qn.ListPlanVersionsAsync()).Select(v => v.Version));
        Assert.Equal([HaiPhongPlan.Version], (await hp.ListPlanActivationsAsync()).Select(a => a.Version));
        Assert.Null(await qn.LoadPlanAsync(HaiPhongPlan.Version));
        Assert.NotNull(await hp.LoadPlanAsync(HaiPhongPlan.Version));
        Assert.Equal(2, (await store.ListPlanVersionsAsync()).Count);
        await Assert.ThrowsAsync<ArgumentException>(() => qn.ActivatePlanAsync(HaiPhongPlan.Version, "u-qn", Noon.AddHours(1)));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            qn.ImportPlanAsync(Small(bundle.Plan, "x") with { Province = HaiPhongPlan.Province })
        );
        Assert.Equal(HaiPhongPlan.Version, await hp.CurrentPlanVersionAsync());
        // Disposing a view closes nothing: the store still answers.
        await qn.DisposeAsync();
        Assert.Equal(SmallPlan.Version, await store.InProvince("22").CurrentPlanVersionAsync());
    }

    [Fact]
    public async Task AProvincesView_FindsAndListsOnlyItsOwnBatches()
    {
        await using var store = await TwoProvinceStoreAsync();
        var qn = store.InProvince("22");
        var hp = store.InProvince("31");
        var inQn = (await qn.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 2))).Submission;
        var qnStamp = await qn.RegisterChangeStampAsync();
        var inHp = (
            await hp.SaveSubmissionAsync(
                new NewSubmission("b", "Viettel", "u-viettel-hp", Noon, HaiPhongPlan.Version),
                SampleRows.For("Viettel", HaiPhongPlan.Version, 3)
            )
        ).Submission;

        // A province's stamp names its own last batch: another province's batch, saved under another intake lock, may commit
        // out of id order with this one's, and does not move it.
        Assert.Equal(inQn.Id, qnStamp.LastBatchId);
        Assert.Equal(qnStamp, await qn.RegisterChangeStampAsync());
        Assert.Equal(inHp.Id, (await hp.RegisterChangeStampAsync()).LastBatchId);
        Assert.Null(await qn.FindSubmissionAsync(inHp.Id));
        Assert.Null(await hp.FindSubmissionAsync(inQn.Id));
        Assert.Null(await qn.FindSubmissionAsync("Viettel", "b"));
        Assert.NotNull(await store.FindSubmissionAsync(inHp.Id));
        Assert.Equal([inQn.Id], (await qn.ListSubmissionsAsync("Viettel")).Select(s => s.Id));
        Assert.Equal([inHp.Id], (await hp.ListPendingAsync()).Select(s => s.Id));
        var page = await qn.ListSubmissionsAsync(new SubmissionQuery(), 0, 50);
        Assert.Equal(1, page.Total);
        Assert.Equal(inQn.Id, Assert.Single(page.Items).Submission.Id);
        Assert.Equal(2, (await store.ListSubmissionsAsync(new SubmissionQuery(), 0, 50)).Total);
        Assert.All((await ((SqlAppraisalStore)hp).ReadDeskEntriesAsync()).Rows, r => Assert.Equal(inHp.Id, r.BatchId));
    }

    [Fact]
    public async Task AProvincesView_WritesItsRegisterUnderItsCode_AndReadsNoneOfAnothers()
    {
        await using var store = await TwoProvinceStoreAsync();
        var qn = store.InProvince("22");
        var hp = store.InProvince("31");
        var a = Tower("QN-1", "Viettel", 107.05, 21.0);
        var b = Tower("HP-1", "MobiFone", 107.06, 21.0);
        await qn.AppendRegisterEventsAsync([Event(a, LifecycleStage.ExistingBeforePlan, RegisterT0)]);
        var hpEvents = await hp.AppendRegisterEventsAsync([Event(b, LifecycleStage.ExistingBeforePlan, RegisterT0)]);

        Assert.Equal(["QN-1"], (await qn.LoadRegisterAsync()).Structures.Select(s => s.Structure.Id));
        Assert.Equal(["HP-1"], (await hp.LoadRegisterEventsAsync()).Select(e => e.StructureId));
        Assert.Empty(await qn.LoadRegisterEventsAsync("HP-1"));
        Assert.Equal(2, (await store.LoadRegisterAsync()).Structures.Count);
        Assert.Equal(["QN-1"], await qn.StructureIdsInBoxAsync(new NetTopologySuite.Geometries.Envelope(107, 107.1, 20.9, 21.1)));
        Assert.Equal(hpEvents[0].Id, await hp.LastRegisterEventIdAsync());
        Assert.True(await qn.LastRegisterEventIdAsync() < hpEvents[0].Id);

        var inspection = await hp.RecordInspectionAsync(
            new Inspection(
                0,
                "HP-1",
                new DateOnly(2026, 10, 5),
                ["Lê Văn Cường"],
                "Đúng hồ sơ",
                InspectionOutcome.Compliant,
                null,
                null,
                null,
                null,
                "u-hp",
                Noon,
                []
            ),
            [new NewAttachment("bien-ban.pdf", "application/pdf", [1, 2, 3])]
        );
        Assert.Empty(await qn.ListInspectionsAsync());
        Assert.Single(await hp.ListInspectionsAsync("HP-1"));
        var attachment = inspection.Attachments.Single().Id;
        Assert.Null(await qn.FindAttachmentAsync(attachment));
        Assert.Null(await qn.LoadAttachmentAsync(attachment));
        Assert.Null(await qn.AttachToInspectionAsync(inspection.Id, [new NewAttachment("x.pdf", "application/pdf", [9])]));
        Assert.NotNull(await hp.LoadAttachmentAsync(attachment));

        var declaration = await qn.SaveDeclarationAsync(new NewDeclaration("Viettel", "u-viettel-qn", Noon, "kk.csv", [1], []));
        Assert.Null(await hp.FindDeclarationAsync(declaration.Id));
        Assert.Empty(await hp.ListDeclarationsAsync());
        Assert.Single(await qn.ListDeclarationsAsync("Viettel"));

        foreach (var (table, expected) in new[] { ("structure_events", "22,31"), ("inspections", "31"), ("declarations", "22") })
            Assert.Equal(expected, string.Join(",", (await ProvinceCodesAsync(store, table))));
    }

    [Fact]
    public async Task TheWholeStore_WritesNewRegisterRowsForTheProvinceOfItsCurrentPlan()
    {
        await using var store = await NewStoreAsync();
        await store.ImportPlanAsync(HaiPhongPlan);
        await store.ActivatePlanAsync(HaiPhongPlan.Version, IAppraisalStore.SystemActor, Noon);
        await store.AppendRegisterEventsAsync([
            Event(Tower("HP-9", "Viettel", 106.6, 20.9), LifecycleStage.ExistingBeforePlan, RegisterT0),
        ]);
        Assert.Equal(["31"], await ProvinceCodesAsync(store, "structure_events"));
        Assert.Single((await store.InProvince("31").LoadRegisterAsync()).Structures);
        Assert.Empty((await store.InProvince("22").LoadRegisterAsync()).Structures);
    }

    [Fact]
    public async Task AKeysProvinceIsKept_AndAKeyWithoutOneIsNational()
    {
        await using var store = await NewStoreAsync();
        await store.AddKeyAsync(new StoredApiKey(new string('a', 64), "u-hp", "appraiser", null, Noon, "31"));
        await store.AddKeyAsync(new StoredApiKey(new string('b', 64), "u-nation", "admin", null, Noon));
        Assert.Equal("31", (await store.FindKeyAsync(new string('a', 64)))!.Province);
        Assert.Null((await store.FindKeyAsync(new string('b', 64)))!.Province);
    }

    /// <summary>The province codes a table's rows carry ("null" for rows without one), in code order.</summary>
    private async Task<List<string>> ProvinceCodesAsync(IAppraisalStore store, string table)
    {
        var codes = new List<string>();
        foreach (var code in new[] { "22", "31" })
            if (
                Convert.ToInt64(
                    await RawAsync(store, $"SELECT count(*) FROM {table} WHERE province_code = '{code}'"),
                    CultureInfo.InvariantCulture
                ) > 0
            )
                codes.Add(code);
        if (
            Convert.ToInt64(
                await RawAsync(store, $"SELECT count(*) FROM {table} WHERE province_code IS NULL"),
                CultureInfo.InvariantCulture
            ) > 0
        )
            codes.Add("null");
        return codes;
    }
}
