using TelecomGis.Core.Reporting;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Reporting;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Tests.Stores;

namespace TelecomGis.Storage.Tests.Reporting;

/// <summary>
/// The report read from a real GeoPackage store filled by <c>generate history</c> on the committed Quảng Ninh bundle. The seed:
/// 279 dossiers appraised in January–September 2015, 151 conforming, 126 not (shared/spec/APPRAISAL.md), 2 awaiting a consulted
/// authority's reply; 114 of the 115 xã with a cultural post office (shared/spec/COVERAGE.md).
/// </summary>
public class HistoryReportTests
{
    private static readonly Lazy<Core.Planning.ProvincePlan> Plan = new(() => PlanBundleReader.Read(TestPaths.CommittedBundle));

    [Fact]
    public async Task QuangNinh_2015_9M_reads_279_dossiers_151_conforming_126_not_2_awaiting_a_consultation_and_114_of_115_xa()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "lich-su.gpkg");
        await using (var store = await GeoPackageStore.OpenForBulkLoadAsync(path))
        {
            var written = await HistoryGenerator.GenerateAsync(
                Plan.Value,
                store,
                new DateOnly(2015, 1, 1),
                new DateOnly(2016, 3, 31),
                seed: 2015
            );
            Assert.True(written.Dossiers > 279);
        }
        await using var reading = await GeoPackageStore.OpenAsync(path);
        var report = await DepartmentReportReader.ReadAsync(reading, Plan.Value, ReportPeriod.TryParse("2015-9M")!);

        var appraisals = report.Table("tham-dinh")!;
        Assert.Equal(279.0, appraisals["received"]!.Current);
        Assert.Equal(151.0, appraisals["conforms"]!.Current);
        Assert.Equal(126.0, appraisals["does-not-conform"]!.Current);
        Assert.Equal(2.0, appraisals["awaiting-consultation"]!.Current);
        Assert.Equal(0.0, appraisals["appraising"]!.Current);
        Assert.Equal(279.0, report.Table("tham-dinh-doanh-nghiep")!["total"]!.Current);

        var postal = report.Table("buu-chinh")!;
        Assert.Equal((115.0, 114.0), (postal["rural-communes"]!.Current, postal["rural-with-cultural"]!.Current));
        // Before 1 July 2025 the structures are split by the former districts too.
        Assert.NotNull(report.Table("ha-tang-huyen"));
    }

    [Fact]
    public async Task TheQuarterAfterReadsTheTwoAwaitingDossiersAnswered_AndAYearOnTheComparisonHasTheSeedsFigures()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "lich-su.gpkg");
        await using (var store = await GeoPackageStore.OpenForBulkLoadAsync(path))
            await HistoryGenerator.GenerateAsync(Plan.Value, store, new DateOnly(2015, 1, 1), new DateOnly(2016, 9, 30), seed: 2015);
        await using var reading = await GeoPackageStore.OpenAsync(path);

        var nineMonths2016 = await DepartmentReportReader.ReadAsync(reading, Plan.Value, ReportPeriod.TryParse("2016-9M")!);
        var t = nineMonths2016.Table("tham-dinh")!;
        Assert.Equal(279.0, t["received"]!.YearEarlier);
        // As of 30/9/2016 the two 2015 dossiers have their answers: the year-earlier column is read as of 30/9/2015.
        Assert.Equal(2.0, t["awaiting-consultation"]!.YearEarlier);
        Assert.Equal(t["received"]!.Current!.Value / 279 * 100, t["received"]!.ComparisonPercent!.Value, 1e-9);

        // The register's history follows the desk's: each of the 151 sites approved in the nine months of 2015 is an approval in
        // the register, dated the day of its answer; the existing sites were imported on the first day.
        var changes = nineMonths2016.Table("bien-dong")!;
        Assert.Equal(151.0, changes["approved"]!.YearEarlier);
        var structures = nineMonths2016.Table("ha-tang")!;
        Assert.StartsWith("Sổ hạ tầng", structures.SourceVi, StringComparison.Ordinal);
        Assert.InRange(structures["structures"]!.YearEarlier!.Value, Plan.Value.Sites.Count - 10, Plan.Value.Sites.Count + 151);
        Assert.True(structures["structures"]!.Current > structures["structures"]!.YearEarlier, "approved sites were built since");
        var inspections = nineMonths2016.Table("kiem-tra")!;
        Assert.InRange(inspections["inspections"]!.Current!.Value, 10, 40);
        Assert.NotNull(inspections["inspections"]!.YearEarlier);
    }

    [Fact]
    public async Task TheDeskIsReadAsOfTheDay_ADecisionMadeAfterItIsNotYetAnAnswer()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "as-of.gpkg");
        await using var store = await GeoPackageStore.OpenAsync(path);
        var plan = Plan.Value;
        await store.ImportPlanAsync(plan);
        var received = new DateTimeOffset(2026, 9, 29, 9, 0, 0, TimeSpan.FromHours(7));
        var saved = await store.SaveSubmissionAsync(
            new NewSubmission("k1", "Viettel", "viettel-user", received, plan.Version),
            SampleRows.For("Viettel", plan.Version, 2)
        );
        // Decided at 23:30 on 30/9 Vietnam time (16:30 UTC): inside the quarter; the second row on 1/10: outside.
        await store.AppendSiteDecisionAsync(
            new SiteDecision(
                0,
                saved.Submission.Id,
                1,
                SiteDecisionKind.Approve,
                null,
                null,
                "a",
                new DateTimeOffset(2026, 9, 30, 23, 30, 0, TimeSpan.FromHours(7))
            )
        );
        await store.AppendSiteDecisionAsync(
            new SiteDecision(
                0,
                saved.Submission.Id,
                2,
                SiteDecisionKind.Refuse,
                "Không phù hợp",
                null,
                "a",
                new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.FromHours(7))
            )
        );

        var q3 = await DeskHistoryReader.ReadAsync(store, new DateOnly(2026, 9, 30));
        Assert.Equal(2, q3.Count);
        Assert.Equal(DossierAnswer.Conforms, q3[0].AnswerOn(new DateOnly(2026, 9, 30))!.Value.Answer);
        Assert.Empty(q3[1].Answers);
        var q4 = await DeskHistoryReader.ReadAsync(store, new DateOnly(2026, 10, 1));
        Assert.Equal(DossierAnswer.DoesNotConform, q4[1].AnswerOn(new DateOnly(2026, 10, 1))!.Value.Answer);
        Assert.Empty(await DeskHistoryReader.ReadAsync(store, new DateOnly(2026, 9, 28)));
    }

    [Fact]
    public async Task AHistoryIsGeneratedIntoAnEmptyStoreOnly()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "twice.gpkg");
        await using var store = await GeoPackageStore.OpenForBulkLoadAsync(path);
        await HistoryGenerator.GenerateAsync(Plan.Value, store, new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31), seed: 1);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HistoryGenerator.GenerateAsync(Plan.Value, store, new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31), seed: 1)
        );
    }
}
