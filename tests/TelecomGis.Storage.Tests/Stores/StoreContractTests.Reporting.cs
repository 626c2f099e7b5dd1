using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Reporting;
using TelecomGis.Storage.Reporting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// The periodic report's bulk read of the desk (issue 13): the same dossiers from both stores as batch by batch, as of a day.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TheReportsBulkReadOfTheDesk_AgreesWithTheBatchByBatchRead_AsOfEachDay()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("rep-a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 8))).Submission;
        var b = (await store.SaveSubmissionAsync(Batch("rep-b", "VNPT"), SampleRows.For("VNPT", SmallPlan.Version, 3))).Submission;
        await store.AppendSiteDecisionAsync(new SiteDecision(0, a.Id, 1, SiteDecisionKind.Approve, null, null, "u", DeskNoon.AddDays(1)));
        await store.AppendSiteDecisionAsync(
            new SiteDecision(0, a.Id, 1, SiteDecisionKind.Refuse, "Quá gần trạm khác", null, "u", DeskNoon.AddDays(3))
        );
        await store.AppendSiteDecisionAsync(
            new SiteDecision(0, b.Id, 2, SiteDecisionKind.ApproveWithConditions, null, "Ngụy trang", "u", DeskNoon.AddDays(2))
        );
        await store.AppendConsultationAsync(
            new Consultation(
                0,
                b.Id,
                2,
                "R04",
                "Bộ Chỉ huy Quân sự tỉnh",
                "12/BCH",
                new DateOnly(2026, 11, 3),
                ConsultationAnswer.Agrees,
                null,
                "u",
                DeskNoon.AddDays(1)
            )
        );

        var received = TelecomGis.Core.Administration.VietnamTime.DayOf(DeskNoon);
        foreach (var day in new[] { received.AddDays(-1), received, received.AddDays(1), received.AddDays(2), received.AddDays(3) })
        {
            var bulk = await DeskHistoryReader.ReadAsync(store, day);
            var slow = await DeskHistoryReader.ReadBatchByBatchAsync(store, day);
            Assert.Equal(Shape(slow), Shape(bulk));
        }
        var all = await DeskHistoryReader.ReadAsync(store, received.AddDays(3));
        Assert.Equal(10, all.Count); // 7 of Viettel's 8 rows (the 7th was rejected) and VNPT's 3
        Assert.Equal(DossierAnswer.DoesNotConform, all[0].AnswerOn(received.AddDays(3))!.Value.Answer);
        Assert.Equal(DossierAnswer.Conforms, all[0].AnswerOn(received.AddDays(2))!.Value.Answer);
        Assert.Equal(
            ["R04"],
            all.Single(d => d.Carrier == "VNPT" && d.ConsultationsAnswered.Count > 0).ConsultationsAnswered.Select(c => c.RuleId)
        );
    }

    private static List<string> Shape(IReadOnlyList<DossierHistory> dossiers) =>
        [
            .. dossiers.Select(d =>
                $"{d.Carrier}|{d.ReceivedOn}|{d.Verdict}|{string.Join(",", d.ConsultRules)}|{string.Join(",", d.ConsultationsAnswered.Select(c => $"{c.RuleId}@{c.On}"))}|{string.Join(",", d.Answers.Select(x => $"{x.Answer}@{x.On}"))}"
            ),
        ];
}
