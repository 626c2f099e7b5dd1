using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// The appraisal desk's tables: the incoming document, site decisions, consultations, issued letters and corrections.
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset DeskNoon = new(2026, 11, 2, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheIncomingDocument_IsSavedWithTheBatch_AndListedWithIt()
    {
        await using var store = await ReadyStoreAsync();
        var incoming = new IncomingDocument("1234/VTQN-KT", new DateOnly(2026, 10, 30), "Nguyễn Văn A", "V/v thẩm định vị trí trạm BTS");
        var saved = (
            await store.SaveSubmissionAsync(
                Batch("in", "Viettel") with
                {
                    Incoming = incoming,
                },
                SampleRows.For("Viettel", SmallPlan.Version, 2)
            )
        ).Submission;
        var none = (await store.SaveSubmissionAsync(Batch("none", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission;

        Assert.Equal(incoming, saved.Incoming);
        await using var reopened = await ReopenAsync(store);
        Assert.Equal(incoming, (await reopened.FindSubmissionAsync(saved.Id))!.Incoming);
        Assert.Null((await reopened.FindSubmissionAsync(none.Id))!.Incoming);
        var listed = await reopened.ListSubmissionsAsync(new SubmissionQuery(OldestFirst: true), 0, 10);
        Assert.Equal([incoming, null], listed.Items.Select(i => i.Submission.Incoming));
    }

    [Fact]
    public async Task ABatchIsPending_UntilEveryAppraisedRowHasASiteDecision_ThenDecided_ThenIssued_UntilACorrection()
    {
        await using var store = await ReadyStoreAsync();
        // Eight rows, the seventh rejected: seven appraised rows to decide.
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 8))).Submission;
        async Task<string> StatusAsync() =>
            (await store.ListSubmissionsAsync(new SubmissionQuery(), 0, 10)).Items.Single(i => i.Submission.Id == a.Id).Status;

        foreach (var row in new[] { 1, 2, 3, 4, 5, 6 })
        {
            await store.AppendSiteDecisionAsync(
                new SiteDecision(0, a.Id, row, SiteDecisionKind.Approve, null, null, "u-appraiser", DeskNoon.AddMinutes(row))
            );
        }
        Assert.Equal("pending", await StatusAsync());
        Assert.Equal([a.Id], (await store.ListPendingAsync()).Select(s => s.Id));
        var last = await store.AppendSiteDecisionAsync(
            new SiteDecision(0, a.Id, 8, SiteDecisionKind.Refuse, "Quá gần trạm hiện có", null, "u-appraiser", DeskNoon.AddHours(1))
        );
        Assert.Equal("decided", await StatusAsync());
        Assert.Empty(await store.ListPendingAsync());
        Assert.Equal(7, (await store.ListSiteDecisionsAsync(a.Id)).Count);
        Assert.Equal(last, (await store.ListSiteDecisionsAsync(a.Id))[^1]);

        var letter = await store.IssueLetterAsync(Letter(a.Id, "01/SKHCN-BCVT", 2026, 1, DeskNoon.AddHours(2)));
        Assert.Equal("issued", await StatusAsync());
        Assert.Equal(
            ["issued"],
            (await store.ListSubmissionsAsync(new SubmissionQuery(Status: "issued"), 0, 10)).Items.Select(i => i.Status)
        );
        await store.OpenCorrectionAsync(new Correction(0, a.Id, letter.Id, "Sai tọa độ", "u-appraiser", DeskNoon.AddHours(3)));
        Assert.Equal("decided", await StatusAsync());
        await Assert.ThrowsAnyAsync<DbException>(() =>
            store.OpenCorrectionAsync(new Correction(0, a.Id, letter.Id, "Lần hai", "u-appraiser", DeskNoon.AddHours(4)))
        );
    }

    [Fact]
    public async Task AnIssuedLetter_KeepsItsBytesExactly_WithTheirSha256()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission;
        var docx = RandomNumberGenerator.GetBytes(70_000);
        var pdf = RandomNumberGenerator.GetBytes(300_000);
        var issued = await store.IssueLetterAsync(Letter(a.Id, "05/SKHCN-BCVT", 2026, 5, DeskNoon) with { Docx = docx, Pdf = pdf });

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), issued.PdfSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), issued.DocxSha256);
        await using var reopened = await ReopenAsync(store);
        Assert.Equal(pdf, await reopened.LoadLetterFileAsync(issued.Id, LetterFileKind.Pdf));
        Assert.Equal(docx, await reopened.LoadLetterFileAsync(issued.Id, LetterFileKind.Docx));
        Assert.Equal([issued], await reopened.ListLettersAsync(a.Id));
        Assert.Null(await reopened.LoadLetterFileAsync(issued.Id + 1000, LetterFileKind.Pdf));
    }

    [Fact]
    public async Task TheRegister_StartsAt1EachYear_AndRefusesANumberOrASeqTwice()
    {
        await using var store = await ReadyStoreAsync();
        var batches = new List<long>();
        for (var i = 0; i < 6; i++)
            batches.Add(
                (await store.SaveSubmissionAsync(Batch($"k{i}", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission.Id
            );
        Assert.Equal(1, await store.NextRegisterSeqAsync(2026));
        await store.IssueLetterAsync(Letter(batches[0], "01/SKHCN-BCVT", 2026, 1, DeskNoon));
        await store.IssueLetterAsync(Letter(batches[1], "15/SKHCN-BCVT", 2026, 15, DeskNoon));
        // A clerk's number without a leading number takes no place in the register.
        await store.IssueLetterAsync(Letter(batches[2], "BCVT-khẩn", 2026, null, DeskNoon));
        Assert.Equal(16, await store.NextRegisterSeqAsync(2026));
        Assert.Equal(1, await store.NextRegisterSeqAsync(2027));
        await store.IssueLetterAsync(Letter(batches[3], "01/SKHCN-BCVT/2027", 2027, 1, DeskNoon.AddYears(1)));
        Assert.Equal(2, await store.NextRegisterSeqAsync(2027));

        var number = await Assert.ThrowsAsync<RegisterNumberTakenException>(() =>
            store.IssueLetterAsync(Letter(batches[4], "15/SKHCN-BCVT", 2026, 15, DeskNoon))
        );
        Assert.Equal("15/SKHCN-BCVT", number.Number);
        await Assert.ThrowsAsync<RegisterNumberTakenException>(() =>
            store.IssueLetterAsync(Letter(batches[4], "15/KHAC", 2026, 15, DeskNoon))
        );
    }

    [Fact]
    public async Task ABatchHasOneFirstLetter_AndOneReplacementPerCorrectedLetter()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission;
        var first = await store.IssueLetterAsync(Letter(a.Id, "01/SKHCN-BCVT", 2026, 1, DeskNoon));
        // Two issues racing past the service's check: the second is refused by the database.
        await Assert.ThrowsAsync<RegisterNumberTakenException>(() =>
            store.IssueLetterAsync(Letter(a.Id, "02/SKHCN-BCVT", 2026, 2, DeskNoon))
        );
        var second = await store.IssueLetterAsync(Letter(a.Id, "03/SKHCN-BCVT", 2026, 3, DeskNoon) with { Replaces = first.Id });
        await Assert.ThrowsAsync<RegisterNumberTakenException>(() =>
            store.IssueLetterAsync(Letter(a.Id, "04/SKHCN-BCVT", 2026, 4, DeskNoon) with { Replaces = first.Id })
        );
        Assert.Equal([first, second], await store.ListLettersAsync(a.Id));
    }

    [Fact]
    public async Task SiteDecisionsAndConsultations_RoundTrip_AndTheDatabaseRefusesWhatTheStoreWould()
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 2))).Submission;
        var decision = await store.AppendSiteDecisionAsync(
            new SiteDecision(0, a.Id, 1, SiteDecisionKind.ApproveWithConditions, null, "Ngụy trang cột", "u-appraiser", DeskNoon)
        );
        var consultation = await store.AppendConsultationAsync(
            new Consultation(
                0,
                a.Id,
                1,
                "R04",
                "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh",
                "125/BCH-TM",
                new DateOnly(2026, 11, 1),
                ConsultationAnswer.Conditions,
                "Không chiếu sáng ban đêm",
                "u-appraiser",
                DeskNoon
            )
        );
        await using var reopened = await ReopenAsync(store);
        Assert.Equal([decision], await reopened.ListSiteDecisionsAsync(a.Id));
        Assert.Equal([consultation], await reopened.ListConsultationsAsync(a.Id));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.AppendSiteDecisionAsync(new SiteDecision(0, a.Id, 1, SiteDecisionKind.Refuse, " ", null, "u", DeskNoon))
        );
        await Assert.ThrowsAnyAsync<DbException>(() =>
            RawAsync(
                store,
                $"INSERT INTO site_decisions (batch_id, row_number, decision, decided_by, decided_at) VALUES ({a.Id}, 1, 'approve_with_conditions', 'u', '2026-11-02T05:00:00.000Z')"
            )
        );
        await Assert.ThrowsAnyAsync<DbException>(() =>
            RawAsync(
                store,
                $"INSERT INTO consultations (batch_id, row_number, rule_id, authority, document_number, document_date, answer, recorded_by, recorded_at) VALUES ({a.Id}, 1, 'R04', 'x', '1', '2026-11-01', 'maybe', 'u', '2026-11-02T05:00:00.000Z')"
            )
        );
    }

    [Theory]
    [InlineData("site_decisions")]
    [InlineData("consultations")]
    [InlineData("letters")]
    [InlineData("corrections")]
    public async Task TheDesksTables_AreAppendOnly(string table)
    {
        await using var store = await ReadyStoreAsync();
        var a = (await store.SaveSubmissionAsync(Batch("a", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission;
        await store.AppendSiteDecisionAsync(new SiteDecision(0, a.Id, 1, SiteDecisionKind.Approve, null, null, "u", DeskNoon));
        await store.AppendConsultationAsync(
            new Consultation(0, a.Id, 1, "R04", "BCH", "1/BCH", new DateOnly(2026, 11, 1), ConsultationAnswer.Agrees, null, "u", DeskNoon)
        );
        var letter = await store.IssueLetterAsync(Letter(a.Id, "01/SKHCN-BCVT", 2026, 1, DeskNoon));
        await store.OpenCorrectionAsync(new Correction(0, a.Id, letter.Id, "Sai tọa độ", "u", DeskNoon));

        Assert.Equal(1L, Convert.ToInt64(await RawAsync(store, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"UPDATE {table} SET batch_id = batch_id"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(store, $"DELETE FROM {table}"));
        Assert.Equal(1L, Convert.ToInt64(await RawAsync(store, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture));
    }

    private static NewLetter Letter(long batchId, string number, int year, int? seq, DateTimeOffset at) =>
        new(batchId, number, year, seq, "u-appraiser", at, null, [1, 2, 3], [4, 5, 6]);
}
