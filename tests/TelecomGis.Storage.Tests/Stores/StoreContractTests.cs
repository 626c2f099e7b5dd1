using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Stores;
using Xunit.Abstractions;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// What every <see cref="IAppraisalStore"/> promises, run against each store by a subclass that says how to make an empty one.
/// </summary>
public abstract partial class StoreContractTests(CommittedBundleFixture bundle, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 5, 0, 0, TimeSpan.Zero);

    protected ProvincePlan FullPlan => bundle.Plan;

    /// <summary>A small plan (a few features per layer) under its own version, for tests about submissions.</summary>
    protected ProvincePlan SmallPlan => field ??= Small(bundle.Plan, "small");

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IAppraisalStore> NewStoreAsync();

    /// <summary>The same store opened again, as another process would.</summary>
    protected abstract Task<IAppraisalStore> ReopenAsync(IAppraisalStore store);

    /// <summary>Runs SQL behind the store's back (as a careless tool would), to see that the database itself refuses.</summary>
    protected abstract Task<object?> RawAsync(IAppraisalStore store, string sql);

    /// <summary>The kill-target's arguments for this store: its kind and location.</summary>
    protected abstract (string Kind, string Location) ChildTarget(IAppraisalStore store);

    [Fact]
    public async Task AnImportedPlanLoadsBackEqual_EveryLayerRulesAndMetadata()
    {
        await using var store = await NewStoreAsync();
        Assert.True(await store.ImportPlanAsync(FullPlan));
        await using var reopened = await ReopenAsync(store);
        var loaded = await reopened.LoadPlanAsync(FullPlan.Version);
        Assert.NotNull(loaded);
        Assert.Equal(FullPlan.Version, loaded.Version);
        Assert.Equal(FullPlan.Metadata, loaded.Metadata);
        Assert.Equal(FullPlan.Rules.Parameters, loaded.Rules.Parameters);
        Assert.Equal(FullPlan.Communes.Count, loaded.Communes.Count);
        Assert.Equal(FullPlan.Sites.Sum(s => s.Sectors.Count), loaded.Sites.Sum(s => s.Sectors.Count));
        Assert.Equal(FullPlan.Airports.Single().Runways.Single(), loaded.Airports.Single().Runways.Single());
        Assert.True(FullPlan.Communes[17].Boundary.EqualsExact(loaded.Communes[17].Boundary), "geometries come back exactly");
        // Equal as a bundle: the same objects write the same bytes, so every property of every feature survived.
        AssertSameBundle(FullPlan, loaded);
    }

    [Fact]
    public async Task ImportingTheSameVersionTwiceIsANoOp()
    {
        await using var store = await NewStoreAsync();
        Assert.True(await store.ImportPlanAsync(SmallPlan));
        var before = Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM communes"), CultureInfo.InvariantCulture);
        Assert.False(await store.ImportPlanAsync(SmallPlan));
        Assert.Single(await store.ListPlanVersionsAsync());
        Assert.Equal(before, Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM communes"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task VersionsAreListedInImportOrder_AndAnUnknownVersionLoadsAsNull()
    {
        await using var store = await NewStoreAsync();
        var other = Small(bundle.Plan, "other");
        await store.ImportPlanAsync(SmallPlan);
        await store.ImportPlanAsync(other);
        var versions = await store.ListPlanVersionsAsync();
        Assert.Equal([SmallPlan.Version, other.Version], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal("22", v.ProvinceCode));
        Assert.Null(await store.LoadPlanAsync(new PlanVersion(new string('0', 64))));
    }

    [Fact]
    public async Task TheCurrentVersionIsTheLatestActivation_AnImportNeverMakesOneCurrent_AndAnActivatedVersionCannotBeDeleted()
    {
        await using var store = await NewStoreAsync();
        Assert.Null(await store.CurrentPlanVersionAsync());
        var other = Small(bundle.Plan, "other");
        await store.ImportPlanAsync(SmallPlan);
        await store.ImportPlanAsync(other);
        // Imported, read, never activated: nothing is current, not even after a restart (issue 10).
        Assert.Null(await store.CurrentPlanVersionAsync());
        await using (var reopened = await ReopenAsync(store))
            Assert.Null(await reopened.CurrentPlanVersionAsync());
        Assert.All(await store.ListPlanVersionsAsync(), v => Assert.Null(v.LastActivation));

        await store.ActivatePlanAsync(SmallPlan.Version, "planner-1", Noon);
        await using (var reopened = await ReopenAsync(store))
            Assert.Equal(SmallPlan.Version, await reopened.CurrentPlanVersionAsync());
        // A later import does not displace an activated version.
        await store.ImportPlanAsync(Small(bundle.Plan, "third"));
        Assert.Equal(SmallPlan.Version, await store.CurrentPlanVersionAsync());
        await store.ActivatePlanAsync(other.Version, "planner-2", Noon.AddHours(1));
        Assert.Equal(other.Version, await store.CurrentPlanVersionAsync());

        var versions = await store.ListPlanVersionsAsync();
        Assert.Equal(new PlanActivation("planner-1", Noon), versions[0].LastActivation);
        Assert.Equal(new PlanActivation("planner-2", Noon.AddHours(1)), versions[1].LastActivation);
        Assert.Null(versions[2].LastActivation);

        await Assert.ThrowsAsync<PlanVersionInUseException>(() => store.DeletePlanAsync(SmallPlan.Version));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ActivatePlanAsync(new PlanVersion(new string('0', 64)), "planner-1", Noon));
        Assert.Equal(2L, Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM plan_activations"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ThePlansApprovingDecisionAndLegalBasesLoadBack_AndABundleWithoutThemLoadsWithout()
    {
        await using var store = await NewStoreAsync();
        var approval = new PlanApproval("12/QĐ-UBND", new DateOnly(2024, 3, 1), "UBND tỉnh Quảng Ninh", "Quyết định số 12/QĐ-UBND …");
        var cited = Small(bundle.Plan, "cited");
        cited = cited with { Metadata = cited.Metadata with { Approval = approval, LegalBases = ["Luật Viễn thông số 24/2023/QH15"] } };
        var bare = Small(bundle.Plan, "bare");
        bare = bare with { Metadata = bare.Metadata with { Approval = null, LegalBases = null } };
        await store.ImportPlanAsync(cited);
        await store.ImportPlanAsync(bare);
        var loaded = (await store.LoadPlanAsync(cited.Version))!.Metadata;
        Assert.Equal(approval, loaded.Approval);
        Assert.Equal(["Luật Viễn thông số 24/2023/QH15"], loaded.LegalBasesOrEmpty);
        var without = (await store.LoadPlanAsync(bare.Version))!.Metadata;
        Assert.Null(without.Approval);
        Assert.Empty(without.LegalBasesOrEmpty);
    }

    [Fact]
    public async Task ASavedBatchKeepsEveryRowVerdictRuleOutcomeAndConformingAlternative()
    {
        await using var store = await ReadyStoreAsync();
        var rows = SampleRows.For("Viettel", SmallPlan.Version, 30).ToList();
        var saved = await store.SaveSubmissionAsync(Batch("k-1", "Viettel"), rows);
        Assert.True(saved.Created);
        Assert.Equal(30, saved.Submission.RowCount);
        Assert.Equal("u-viettel-1", saved.Submission.SubmittedBy);
        Assert.Equal(Noon, saved.Submission.SubmittedAt);

        var loaded = await store.LoadRowsAsync(saved.Submission.Id);
        Assert.Equal(rows.Count, loaded.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (expected, actual) = (rows[i], loaded[i]);
            Assert.Equal(expected.Row.Row, actual.Row.Row);
            Assert.Equal(expected.Row.Rejection, actual.Row.Rejection);
            Assert.Equal(expected.VerdictCode, actual.VerdictCode);
            if (expected.Appraisal is null)
                continue;
            Assert.Equal(expected.Row.Site! with { Sectors = null }, actual.Row.Site! with { Sectors = null });
            Assert.Equal(expected.Row.Site!.Sectors ?? [], actual.Row.Site!.Sectors ?? []);
            Assert.Equal(SmallPlan.Version.Hash, actual.Appraisal!.PlanVersion);
            Assert.Equal(expected.Appraisal.Results.Select(Describe), actual.Appraisal.Results.Select(Describe));
            Assert.Equal(expected.Alternative is null, actual.Alternative is null);
            if (expected.Alternative is { } alternative)
            {
                Assert.Equal(
                    alternative with
                    {
                        PlannedPositions = [],
                        SitesToShare = [],
                    },
                    actual.Alternative! with
                    {
                        PlannedPositions = [],
                        SitesToShare = [],
                    }
                );
                Assert.Equal(alternative.PlannedPositions, actual.Alternative!.PlannedPositions);
            }
        }
    }

    /// <summary>
    /// The upload limit's worth of rows, twelve rule results each, saved in one transaction and loaded back whole. It prints the time
    /// the save took (docs/PERFORMANCE.md, "Saving a batch"): issue 14 measured 42–72 s on PostGIS against 6–7 s on the GeoPackage.
    /// </summary>
    [Fact]
    public async Task ABatchOfTheUploadLimit_TwelveRuleResultsARow_IsSavedWholeAndLoadsBackEqual()
    {
        await using var store = await ReadyStoreAsync();
        var rows = SampleRows.Appraised("Viettel", SmallPlan.Version, Storage.Submissions.SubmissionFile.MaxRows).ToList();

        var clock = Stopwatch.StartNew();
        var saved = await store.SaveSubmissionAsync(Batch("k-limit", "Viettel"), rows);
        var saveSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var loaded = await store.LoadRowsAsync(saved.Submission.Id);
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{GetType().Name}: saved {rows.Count} rows ({rows.Sum(r => r.Appraisal?.Results.Count ?? 0)} rule results) in {saveSeconds:0.00} s, loaded in {clock.Elapsed.TotalSeconds:0.00} s"
            )
        );

        Assert.Equal(rows.Count, saved.Submission.RowCount);
        Assert.Equal(
            rows.Select(r => (r.Row.Row, r.Row.Rejection, r.VerdictCode)),
            loaded.Select(r => (r.Row.Row, r.Row.Rejection, r.VerdictCode))
        );
        Assert.Equal(
            rows.SelectMany(r => r.Appraisal?.Results ?? []).Select(Describe),
            loaded.SelectMany(r => r.Appraisal?.Results ?? []).Select(Describe)
        );
        Assert.Equal(rows.Select(r => r.Row.Site), loaded.Select(r => r.Row.Site), SiteComparer.Instance);
        Assert.Equal(rows.Select(r => r.Alternative is null), loaded.Select(r => r.Alternative is null));
    }

    /// <summary>Sites equal field by field, their sectors as sequences (a record compares its list by reference).</summary>
    private sealed class SiteComparer : IEqualityComparer<ProposedSite?>
    {
        public static readonly SiteComparer Instance = new();

        public bool Equals(ProposedSite? x, ProposedSite? y) =>
            x is null || y is null
                ? x is null && y is null
                : x with { Sectors = null } == y with { Sectors = null } && (x.Sectors ?? []).SequenceEqual(y.Sectors ?? []);

        public int GetHashCode(ProposedSite? obj) => obj?.Row ?? 0;
    }

    [Fact]
    public async Task ABatchIsAllOrNothing_ARowThatBreaksAConstraintMidwayLeavesNoTrace()
    {
        await using var store = await ReadyStoreAsync();
        // Row 40 comes twice: the second one breaks UNIQUE (batch, row) after 40 rows and their appraisals are written.
        var rows = SampleRows
            .For("Viettel", SmallPlan.Version, 40)
            .Append(SampleRows.Row("Viettel", SmallPlan.Version, 40))
            .Concat(SampleRows.For("Viettel", SmallPlan.Version, 20, 41));
        await Assert.ThrowsAnyAsync<DbException>(() => store.SaveSubmissionAsync(Batch("k-broken", "Viettel"), rows));
        await AssertNothingSavedAsync(store);
    }

    [Fact]
    public async Task ABatchIsAllOrNothing_CancelledAfterNRowsLeavesNoTrace()
    {
        await using var store = await ReadyStoreAsync();
        using var cancel = new CancellationTokenSource();
        IEnumerable<RowOutcome> CancelAfter50()
        {
            foreach (var row in SampleRows.For("Viettel", SmallPlan.Version, 200))
            {
                if (row.Row.Row == 51)
                    cancel.Cancel();
                yield return row;
            }
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.SaveSubmissionAsync(Batch("k-cancel", "Viettel"), CancelAfter50(), cancel.Token)
        );
        await AssertNothingSavedAsync(store);
        // Nothing half-done blocks the retry under the same key.
        Assert.True(
            (await store.SaveSubmissionAsync(Batch("k-cancel", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 5))).Created
        );
    }

    [Fact]
    public async Task ASeenIdempotencyKeyReturnsTheExistingBatchAndWritesNothing()
    {
        await using var store = await ReadyStoreAsync();
        var first = await store.SaveSubmissionAsync(Batch("upload-7", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 10));
        var again = await store.SaveSubmissionAsync(Batch("upload-7", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 25));
        Assert.False(again.Created);
        Assert.Equal(first.Submission, again.Submission);
        Assert.Equal(10, Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM submission_rows"), CultureInfo.InvariantCulture));
        // The key is the carrier's own: another carrier's "upload-7" is another batch.
        Assert.True((await store.SaveSubmissionAsync(Batch("upload-7", "VNPT"), SampleRows.For("VNPT", SmallPlan.Version, 3))).Created);
    }

    [Fact]
    public async Task ABatchIsFoundByItsIdOrByItsCarrierAndKey_WithTheHashOfWhatTheKeyWasSentWith()
    {
        await using var store = await ReadyStoreAsync();
        var hash = new string('a', 64);
        var hashed = (
            await store.SaveSubmissionAsync(
                Batch("upload-9", "Viettel") with
                {
                    ContentHash = hash,
                },
                SampleRows.For("Viettel", SmallPlan.Version, 4)
            )
        ).Submission;
        // A batch saved without a hash (as every batch before the column existed) is found all the same, its hash null.
        var old = (await store.SaveSubmissionAsync(Batch("upload-8", "VNPT"), SampleRows.For("VNPT", SmallPlan.Version, 2))).Submission;
        Assert.Equal(hash, hashed.ContentHash);
        Assert.Null(old.ContentHash);

        Assert.Equal(hashed, await store.FindSubmissionAsync(hashed.Id));
        Assert.Equal(old, await store.FindSubmissionAsync(old.Id));
        Assert.Null(await store.FindSubmissionAsync(old.Id + 1000));
        Assert.Equal(hashed, await store.FindSubmissionAsync("Viettel", "upload-9"));
        Assert.Equal(old, await store.FindSubmissionAsync("VNPT", "upload-8"));
        // The key is the carrier's own: another carrier's lookup of it finds nothing.
        Assert.Null(await store.FindSubmissionAsync("VNPT", "upload-9"));
        Assert.Null(await store.FindSubmissionAsync("Viettel", "upload-10"));
        // The listing carries the hash too.
        var listed = await store.ListSubmissionsAsync(new SubmissionQuery(Carrier: "Viettel"), 0, 10);
        Assert.Equal(hashed, listed.Items.Single().Submission);
    }

    [Fact]
    public async Task TheSameKeySentTwiceAtOnceMakesOneBatch()
    {
        await using var store = await ReadyStoreAsync();
        var saves = await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(_ =>
                    Task.Run(() =>
                        store.SaveSubmissionAsync(Batch("double-click", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 200))
                    )
                )
        );
        Assert.Single(saves, s => s.Created);
        Assert.Single(saves.Select(s => s.Submission).Distinct());
        Assert.Equal(200L, Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM submission_rows"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ACarrierSeesOnlyItsOwnSubmissions_NewestFirst()
    {
        await using var store = await ReadyStoreAsync();
        await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 3));
        await store.SaveSubmissionAsync(Batch("b", "VNPT"), SampleRows.For("VNPT", SmallPlan.Version, 4));
        await store.SaveSubmissionAsync(Batch("c", "Viettel", Noon.AddHours(1)), SampleRows.For("Viettel", SmallPlan.Version, 2));
        var viettel = await store.ListSubmissionsAsync("Viettel");
        Assert.Equal(["c", "a"], viettel.Select(s => s.IdempotencyKey));
        Assert.All(viettel, s => Assert.Equal("Viettel", s.Carrier));
        Assert.Equal(["b"], (await store.ListSubmissionsAsync("VNPT")).Select(s => s.IdempotencyKey));
        Assert.Empty(await store.ListSubmissionsAsync("MobiFone"));
    }

    [Fact]
    public async Task ListingBatches_GivesAPageNewestFirst_EachWithItsStatusAndVerdictCounts_AndTheTotal()
    {
        await using var store = await ReadyStoreAsync();
        var rowsA = SampleRows.For("Viettel", SmallPlan.Version, 14).ToList();
        var rowsB = SampleRows.For("VNPT", SmallPlan.Version, 10).ToList();
        var rowsC = SampleRows.For("Viettel", SmallPlan.Version, 3).ToList();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), rowsA)).Submission;
        var b = (await store.SaveSubmissionAsync(Batch("b", "VNPT", Noon.AddHours(1)), rowsB)).Submission;
        var c = (await store.SaveSubmissionAsync(Batch("c", "Viettel", Noon.AddHours(2)), rowsC)).Submission;
        await store.AppendDecisionAsync(Decision.OnBatch(a.Id, "approved", "Đạt", "u-appraiser", Noon.AddHours(3)));
        await store.AppendDecisionAsync(Decision.OverrideRule(b.Id, 3, "R09", "pass", "Đã khảo sát", "u-appraiser", Noon.AddHours(3)));
        await store.AppendDecisionAsync(Decision.OnBatch(b.Id, "approved", "Đạt", "u-appraiser", Noon.AddHours(3)));
        await store.AppendDecisionAsync(Decision.OnBatch(b.Id, "refused", "Xem lại: trạm 3 quá gần", "u-appraiser", Noon.AddHours(4)));

        var first = await store.ListSubmissionsAsync(new SubmissionQuery(), offset: 0, limit: 2);
        Assert.Equal((3, 0, 2), (first.Total, first.Offset, first.Limit));
        Assert.Equal([new ListedSubmission(c, "pending", Counts(rowsC)), new ListedSubmission(b, "decided", Counts(rowsB))], first.Items);
        var second = await store.ListSubmissionsAsync(new SubmissionQuery(), offset: 2, limit: 2);
        Assert.Equal([new ListedSubmission(a, "decided", Counts(rowsA))], second.Items);
        Assert.Equal(3, second.Total);
        var pastTheEnd = await store.ListSubmissionsAsync(new SubmissionQuery(), offset: 10, limit: 2);
        Assert.Equal((0, 3), (pastTheEnd.Items.Count, pastTheEnd.Total));

        var viettel = await store.ListSubmissionsAsync(new SubmissionQuery(Carrier: "Viettel"), 0, 10);
        Assert.Equal(["c", "a"], viettel.Items.Select(i => i.Submission.IdempotencyKey));
        Assert.Equal(2, viettel.Total);
        var pending = await store.ListSubmissionsAsync(new SubmissionQuery(Status: "pending"), 0, 10);
        Assert.Equal(["c"], pending.Items.Select(i => i.Submission.IdempotencyKey));
        Assert.Equal(1, pending.Total);
        var approvedViettel = await store.ListSubmissionsAsync(new SubmissionQuery("Viettel", "decided"), 0, 10);
        Assert.Equal(["a"], approvedViettel.Items.Select(i => i.Submission.IdempotencyKey));
        var oldestFirst = await store.ListSubmissionsAsync(new SubmissionQuery(OldestFirst: true), 0, 10);
        Assert.Equal(["a", "b", "c"], oldestFirst.Items.Select(i => i.Submission.IdempotencyKey));
        Assert.Equal(
            ["c", "b", "a"],
            (await store.ListSubmissionsAsync(new SubmissionQuery(), 0, 500)).Items.Select(i => i.Submission.IdempotencyKey)
        );

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListSubmissionsAsync(new SubmissionQuery(), 0, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListSubmissionsAsync(new SubmissionQuery(), 0, 501));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListSubmissionsAsync(new SubmissionQuery(), -1, 10));
    }

    [Fact]
    public async Task ListingManyBatches_PagesThroughEachOnceInOrder_AndAnEmptyStoreListsNone()
    {
        await using var store = await ReadyStoreAsync();
        var empty = await store.ListSubmissionsAsync(new SubmissionQuery(), 0, 10);
        Assert.Equal((0, 0), (empty.Items.Count, empty.Total));
        // Some batches share a submission time: the id breaks the tie, so no page repeats or skips one.
        for (var i = 0; i < 25; i++)
            await store.SaveSubmissionAsync(
                Batch($"k{i:D2}", i % 2 == 0 ? "Viettel" : "VNPT", Noon.AddMinutes(i / 3)),
                SampleRows.For("Viettel", SmallPlan.Version, 1 + i % 4)
            );
        var seen = new List<string>();
        for (var offset = 0; ; offset += 7)
        {
            var page = await store.ListSubmissionsAsync(new SubmissionQuery(OldestFirst: true), offset, 7);
            Assert.Equal(25, page.Total);
            if (page.Items.Count == 0)
                break;
            seen.AddRange(page.Items.Select(i => i.Submission.IdempotencyKey));
            Assert.All(page.Items, i =>
                Assert.Equal(
                    i.Submission.RowCount,
                    i.Verdicts.Conforms + i.Verdicts.DoesNotConform + i.Verdicts.NeedsConsultation + i.Verdicts.Rejected
                )
            );
        }
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"k{i:D2}"), seen);
    }

    private static VerdictCounts Counts(IEnumerable<RowOutcome> rows)
    {
        var codes = rows.Select(r => r.VerdictCode).ToList();
        return new VerdictCounts(
            codes.Count(v => v == "conforms"),
            codes.Count(v => v == "does_not_conform"),
            codes.Count(v => v == "needs_consultation"),
            codes.Count(v => v == "rejected")
        );
    }

    [Fact]
    public async Task DecisionsAndOverridesAreAppended_EarlierEntriesNeverChange_AndADecidedBatchIsNoLongerPending()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 6))).Submission;
        var b = (
            await store.SaveSubmissionAsync(Batch("b", "VNPT", Noon.AddMinutes(5)), SampleRows.For("VNPT", SmallPlan.Version, 6))
        ).Submission;
        Assert.Equal([a.Id, b.Id], (await store.ListPendingAsync()).Select(s => s.Id));

        var over = await store.AppendDecisionAsync(
            Decision.OverrideRule(a.Id, 3, "R09", "pass", "Trạm cũ sẽ tháo dỡ trong quý I", "u-dept-2", Noon.AddHours(2))
        );
        Assert.Equal(2, (await store.ListPendingAsync()).Count); // an override alone decides nothing
        var decided = await store.AppendDecisionAsync(
            Decision.OnBatch(a.Id, "approved", "Phù hợp sau khi điều chỉnh R09", "u-dept-1", Noon.AddHours(3))
        );
        var later = await store.AppendDecisionAsync(Decision.OnBatch(a.Id, "refused", "Thu hồi: sai toạ độ", "u-dept-1", Noon.AddHours(4)));

        Assert.Equal([b.Id], (await store.ListPendingAsync()).Select(s => s.Id));
        Assert.Equal([over, decided, later], await store.ListDecisionsAsync(a.Id));
        Assert.Equal(DecisionKind.Override, over.Kind);

        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, "UPDATE decisions SET reason = 'edited'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, "DELETE FROM decisions"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, "UPDATE rule_results SET outcome = 'pass'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, "DELETE FROM submission_batches"));
        Assert.Equal([over, decided, later], await store.ListDecisionsAsync(a.Id));
    }

    [Fact]
    public async Task AnOverrideNeedsAWrittenReasonAndNamesItsRowAndRule()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 3))).Submission;
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.AppendDecisionAsync(Decision.OverrideRule(a.Id, 1, "R09", "pass", "  ", "u", Noon))
        );
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.AppendDecisionAsync(Decision.OverrideRule(a.Id, 1, "", "pass", "lý do", "u", Noon))
        );
        Assert.Empty(await store.ListDecisionsAsync(a.Id));
    }

    [Fact]
    public async Task APlanVersionThatAnAppraisalRefersToCannotBeDeletedOrChanged()
    {
        await using var store = await ReadyStoreAsync();
        var unused = Small(bundle.Plan, "unused");
        await store.ImportPlanAsync(unused);
        await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 3));

        var refused = await Assert.ThrowsAsync<PlanVersionInUseException>(() => store.DeletePlanAsync(SmallPlan.Version));
        Assert.Equal(SmallPlan.Version, refused.Version);
        var hash = SmallPlan.Version.Hash;
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"UPDATE plan_versions SET plan_name = 'x' WHERE hash = '{hash}'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"UPDATE zones SET feature_id = 'x' WHERE plan_version = '{hash}'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"DELETE FROM communes WHERE plan_version = '{hash}'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"DELETE FROM plan_rules WHERE plan_version = '{hash}'"));
        AssertSameBundle(SmallPlan, (await store.LoadPlanAsync(SmallPlan.Version))!);

        // A version nobody refers to may go.
        await store.DeletePlanAsync(unused.Version);
        Assert.Null(await store.LoadPlanAsync(unused.Version));
        Assert.Equal([SmallPlan.Version], (await store.ListPlanVersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task AWriterKilledWithSigkillMidBatchLeavesTheWholeBatchOrNoneOfIt()
    {
        await using var store = await ReadyStoreAsync();
        const int rows = 3000;
        var (kind, location) = ChildTarget(store);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (
            var a in new[]
            {
                typeof(KillTarget).Assembly.Location,
                "save-batch",
                kind,
                location,
                SmallPlan.Version.Hash,
                "killed",
                rows.ToString(CultureInfo.InvariantCulture),
            }
        )
            start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var reached = 0;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("row ", StringComparison.Ordinal))
                reached = int.Parse(line[4..], CultureInfo.InvariantCulture);
            if (reached >= 400)
                break;
        }
        // Only a failed child's stderr is read: reading it waits for the child to end.
        if (reached < 400)
            Assert.Fail($"the child never got going: {await child.StandardError.ReadToEndAsync()}");
        if (child.HasExited)
            Assert.Fail(
                $"the child finished before it could be killed ({child.ExitCode}, row {reached} after {clock.ElapsedMilliseconds} ms): {await child.StandardError.ReadToEndAsync()}"
            );
        child.Kill(); // SIGKILL on Unix: no finally blocks, no rollback, no flush
        await child.WaitForExitAsync();

        await using var after = await ReopenAsync(store);
        var batches = await after.ListSubmissionsAsync("Viettel");
        var written = Convert.ToInt64(await RawAsync(after, "SELECT count(*) FROM submission_rows"), CultureInfo.InvariantCulture);
        if (batches.Count == 0)
            Assert.Equal(0, written);
        else
            Assert.Equal((rows, (long)rows), (Assert.Single(batches).RowCount, written));
        Assert.Equal(
            0L,
            Convert.ToInt64(
                await RawAsync(
                    after,
                    "SELECT count(*) FROM appraisals a WHERE NOT EXISTS (SELECT 1 FROM submission_rows r WHERE r.fid = a.row_id)"
                ),
                CultureInfo.InvariantCulture
            )
        );
        // And the store still works.
        Assert.True(
            (await after.SaveSubmissionAsync(Batch("after-kill", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 5))).Created
        );
    }

    private async Task<IAppraisalStore> ReadyStoreAsync()
    {
        var store = await NewStoreAsync();
        await store.ImportPlanAsync(SmallPlan);
        return store;
    }

    private async Task AssertNothingSavedAsync(IAppraisalStore store)
    {
        Assert.Empty(await store.ListSubmissionsAsync("Viettel"));
        Assert.Empty(await store.ListPendingAsync());
        foreach (var table in new[] { "submission_batches", "submission_rows", "appraisals", "rule_results" })
            Assert.Equal(0L, Convert.ToInt64(await RawAsync(store, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture));
    }

    private NewSubmission Batch(string key, string carrier, DateTimeOffset? at = null) =>
        new(key, carrier, $"u-{carrier.ToLowerInvariant()}-1", at ?? Noon, SmallPlan.Version);

    private static string Describe(RuleResult r) =>
        $"{r.RuleId}|{r.Outcome}|{r.MeasuredValue}|{r.Unit}|{r.Threshold}|{r.DecidingFeature}|{r.Citation}|{r.MessageVi}|{r.MessageEn}";

    /// <summary>A few features of each layer under a version of its own (the default zone kept).</summary>
    protected static ProvincePlan Small(ProvincePlan plan, string name) =>
        plan with
        {
            Version = PlanVersion.FromInputs([(name, System.Text.Encoding.UTF8.GetBytes(name))]),
            Communes = [.. plan.Communes.Take(3)],
            Zones = [.. plan.Zones.Take(4).Append(plan.DefaultZone).Distinct()],
            PlannedPositions = [.. plan.PlannedPositions.Take(3)],
            RestrictedAreas = [.. plan.RestrictedAreas.Take(2)],
            Sites = [.. plan.Sites.Take(5)],
            SensitivePlaces = [.. plan.SensitivePlaces.Take(3)],
            FiberRoutes = [.. plan.FiberRoutes.Take(2)],
            PostalPoints = [.. plan.PostalPoints.Take(3)],
        };

    protected static void AssertSameBundle(ProvincePlan expected, ProvincePlan actual)
    {
        var (a, b) = (TestPaths.NewTempDir(), TestPaths.NewTempDir());
        try
        {
            PlanBundleWriter.Write(expected, a, []);
            PlanBundleWriter.Write(actual, b, []);
            foreach (var file in Directory.GetFiles(a).Select(Path.GetFileName))
                Assert.True(
                    File.ReadAllBytes(Path.Combine(a, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file!))),
                    $"{file} differs"
                );
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }
}
