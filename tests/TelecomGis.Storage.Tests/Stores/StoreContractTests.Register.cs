using System.Data.Common;
using System.Text;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// The infrastructure register (issue 11): append-only events read as of any instant, the spatial index, pending proposals,
// declarations and inspections, in both stores.
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset RegisterT0 = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly GeometryFactory Points = new(new PrecisionModel(), 4326);

    private static AntennaStructure Tower(string id, string owner, double lon, double lat, double height = 40, params Technology[] tech) =>
        new(
            id,
            owner,
            $"{owner[..3].ToUpperInvariant()}-{id}",
            Points.CreatePoint(new Coordinate(lon, lat)),
            PoleClass.A2b,
            height,
            false,
            null,
            4,
            false,
            ["VNPT"],
            [
                .. (tech.Length == 0 ? [Technology.G4] : tech).Select(t => new Installation(
                    owner,
                    t,
                    3,
                    [1800, 2100],
                    [new Sector(0, 1800, 58, t, height - 2)]
                )),
            ]
        );

    private static RegisterEvent Event(AntennaStructure s, LifecycleStage stage, DateTimeOffset at, Approval? approval = null) =>
        new(0, s.Id, stage, at, "u-test", EventSource.Import, "test", approval, s);

    [Fact]
    public async Task RegisterEvents_AreAppendedNeverChanged_AndTheRegisterReadsAsOfAnyInstant()
    {
        await using var store = await ReadyStoreAsync();
        var a = Tower("S1", "Viettel", 107.05, 21.0, 40, Technology.G2, Technology.G4);
        var b = Tower("S2", "MobiFone", 107.06, 21.0);
        var saved = await store.AppendRegisterEventsAsync([
            Event(a, LifecycleStage.ExistingBeforePlan, RegisterT0),
            Event(b, LifecycleStage.Approved, RegisterT0.AddDays(1), new Approval("15/SKHCN-BCVT", new DateOnly(2026, 6, 2), 7, 3)),
        ]);
        Assert.True(saved[1].Id > saved[0].Id);
        await store.AppendRegisterEventsAsync([
            Event(a with { HeightM = 45 }, LifecycleStage.Modified, RegisterT0.AddDays(10)),
            new RegisterEvent(
                0,
                b.Id,
                LifecycleStage.Built,
                RegisterT0.AddDays(20),
                "u-test",
                EventSource.Declaration,
                "declaration:1",
                null,
                null
            ),
            new RegisterEvent(
                0,
                a.Id,
                LifecycleStage.Dismantled,
                RegisterT0.AddDays(30),
                "u-test",
                EventSource.Inspection,
                null,
                null,
                null
            ),
        ]);

        await using var reopened = await ReopenAsync(store);
        var before = await reopened.LoadRegisterAsync(RegisterT0.AddDays(5));
        Assert.Equal(40, before.Find("S1")!.Structure.HeightM);
        Assert.Equal(LifecycleStage.Approved, before.Find("S2")!.Status);
        Assert.Equal("15/SKHCN-BCVT", before.Find("S2")!.Approval!.LetterNumber);
        Assert.Equal(new DateOnly(2026, 6, 2), before.Find("S2")!.Approval!.LetterDate);
        Assert.Equal([Technology.G2, Technology.G4], before.Find("S1")!.Structure.Technologies);
        Assert.Equal(a.Installations, before.Find("S1")!.Structure.Installations, InstallationsEqual);
        Assert.Equal(["VNPT"], before.Find("S1")!.Structure.Tenants);
        Assert.Equal(4, before.Find("S1")!.Structure.BackupPowerHours);
        var counts = before.Counts();
        Assert.Equal((1, 2, 1), (counts.Structures, counts.Bts, counts.ApprovedNotBuilt));

        var middle = await reopened.LoadRegisterAsync(RegisterT0.AddDays(25));
        Assert.Equal(45, middle.Find("S1")!.Structure.HeightM);
        Assert.Equal(LifecycleStage.ExistingBeforePlan, middle.Find("S1")!.Status);
        Assert.Equal(LifecycleStage.Built, middle.Find("S2")!.Status);
        Assert.Equal("15/SKHCN-BCVT", middle.Find("S2")!.Approval!.LetterNumber);

        var now = await reopened.LoadRegisterAsync();
        Assert.Equal(LifecycleStage.Dismantled, now.Find("S1")!.Status);
        Assert.Equal(1, now.Counts().Structures);
        Assert.Equal(await reopened.LastRegisterEventIdAsync(), now.LastEventId);
        // Up to an event id reads the same as the instant that event took effect.
        Assert.Equal(LifecycleStage.Approved, (await reopened.LoadRegisterAsync(upToEventId: saved[1].Id)).Find("S2")!.Status);
        Assert.Equal(
            [LifecycleStage.ExistingBeforePlan, LifecycleStage.Modified, LifecycleStage.Dismantled],
            (await reopened.LoadRegisterEventsAsync("S1")).Select(e => e.Stage)
        );

        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "UPDATE structure_events SET height_m = 1"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "DELETE FROM structure_events"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "DELETE FROM structure_installations"));
        // An approval without its letter is refused by the database itself.
        await Assert.ThrowsAnyAsync<DbException>(() =>
            RawAsync(
                reopened,
                "INSERT INTO structure_events (structure_id, stage, effective_at, recorded_by, source) VALUES ('X', 'approved', '2026-01-01T00:00:00.000Z', 'x', 'decision')"
            )
        );
    }

    [Fact]
    public async Task StructuresInABox_AreFoundThroughTheSpatialIndex()
    {
        await using var store = await ReadyStoreAsync();
        await store.AppendRegisterEventsAsync([
            Event(Tower("IN", "Viettel", 107.10, 21.10), LifecycleStage.InOperation, RegisterT0),
            Event(Tower("OUT", "Viettel", 107.50, 21.50), LifecycleStage.InOperation, RegisterT0),
        ]);
        Assert.Equal(["IN"], await store.StructureIdsInBoxAsync(new Envelope(107.0, 107.2, 21.0, 21.2)));
        Assert.Empty(await store.StructureIdsInBoxAsync(new Envelope(106.0, 106.1, 20.0, 20.1)));
    }

    [Fact]
    public async Task PendingProposals_AreTheNewStructuresOfUnansweredBatches_UntilRefused_AndTheRegisterReadIsKept()
    {
        await using var store = await ReadyStoreAsync();
        var empty = await store.RegisterChangeStampAsync();
        var batch = (
            await store.SaveSubmissionAsync(
                Batch("p-1", "Viettel") with
                {
                    Register = new RegisterRead(0, Noon),
                },
                SampleRows.For("Viettel", SmallPlan.Version, 6)
            )
        ).Submission;
        // The change stamp moves with every row that can change what is pending (issue 14: the engine is kept while it holds).
        var saved = await store.RegisterChangeStampAsync();
        Assert.Equal(empty with { LastBatchId = batch.Id }, saved);
        Assert.Equal(saved, await store.RegisterChangeStampAsync());
        // Rows 1, 2, 3, 4 and 6 are appraised new structures; row 5 shares QN-S00042.
        var pending = await store.ListPendingProposalsAsync(Noon.AddMinutes(1));
        Assert.Equal([1, 2, 3, 4, 6], pending.Select(p => p.Row));
        Assert.All(pending, p => Assert.Equal(Noon, p.ReceivedAt));
        Assert.Equal("HS" + batch.Id + "-2", pending[1].StructureId);
        Assert.Empty(await store.ListPendingProposalsAsync(Noon.AddMinutes(-1)));
        // The batches a kept list lacks: above one id, up to another.
        Assert.Empty(await store.ListPendingProposalsAsync(Noon.AddMinutes(1), afterBatchId: batch.Id));
        Assert.Empty(await store.ListPendingProposalsAsync(Noon.AddMinutes(1), throughBatchId: batch.Id - 1));
        Assert.Equal(5, (await store.ListPendingProposalsAsync(Noon.AddMinutes(1), batch.Id - 1, batch.Id)).Count);

        await store.AppendSiteDecisionAsync(
            new SiteDecision(0, batch.Id, 2, SiteDecisionKind.Refuse, "Quá gần trạm hiện có", null, "u-appraiser", Noon.AddHours(1))
        );
        var decided = await store.RegisterChangeStampAsync();
        Assert.Equal(saved.SiteDecisions + 1, decided.SiteDecisions);
        Assert.Equal(saved with { SiteDecisions = decided.SiteDecisions }, decided);
        Assert.Equal([1, 2, 3, 4, 6], (await store.ListPendingProposalsAsync(Noon.AddMinutes(30))).Select(p => p.Row));
        Assert.Equal([1, 3, 4, 6], (await store.ListPendingProposalsAsync(Noon.AddHours(2))).Select(p => p.Row));
        Assert.Equal(new RegisterRead(0, Noon), await store.FindRegisterReadAsync(batch.Id));
    }

    [Fact]
    public async Task ALettersApprovals_AreAppendedInItsTransaction()
    {
        await using var store = await ReadyStoreAsync();
        var batch = (await store.SaveSubmissionAsync(Batch("l-1", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 2))).Submission;
        var approval = new Approval("21/SKHCN-BCVT", new DateOnly(2026, 11, 3), batch.Id, 2);
        var tower = Tower(RegisterIds.FromDossier(batch.Id, 2), "Viettel", 107.0002, 21.0002);
        byte[] file = [1, 2, 3];
        var before = await store.RegisterChangeStampAsync();
        await store.IssueLetterAsync(
            new NewLetter(
                batch.Id,
                "21/SKHCN-BCVT",
                2026,
                21,
                "u-appraiser",
                Noon.AddDays(1),
                null,
                file,
                file,
                [
                    new RegisterEvent(
                        0,
                        tower.Id,
                        LifecycleStage.Approved,
                        Noon.AddDays(1),
                        "u-appraiser",
                        EventSource.Decision,
                        $"submission:{batch.Id}",
                        approval,
                        tower
                    ),
                ]
            )
        );
        var answered = await store.RegisterChangeStampAsync();
        Assert.True(answered.Letters == before.Letters + 1 && answered.LastEventId > before.LastEventId, answered.ToString());
        var register = await store.LoadRegisterAsync();
        Assert.Equal(approval, register.Find(tower.Id)!.Approval);
        Assert.Empty(await store.ListPendingProposalsAsync(Noon.AddDays(2)));

        // A second letter under the same number is refused, and its approvals with it.
        var other = (await store.SaveSubmissionAsync(Batch("l-2", "Viettel"), SampleRows.For("Viettel", SmallPlan.Version, 1))).Submission;
        var again = Tower(RegisterIds.FromDossier(other.Id, 1), "Viettel", 107.3, 21.3);
        await Assert.ThrowsAsync<RegisterNumberTakenException>(() =>
            store.IssueLetterAsync(
                new NewLetter(
                    other.Id,
                    "21/SKHCN-BCVT",
                    2026,
                    21,
                    "u-appraiser",
                    Noon.AddDays(1),
                    null,
                    file,
                    file,
                    [
                        new RegisterEvent(
                            0,
                            again.Id,
                            LifecycleStage.Approved,
                            Noon.AddDays(1),
                            "u",
                            EventSource.Decision,
                            null,
                            approval,
                            again
                        ),
                    ]
                )
            )
        );
        Assert.Null((await store.LoadRegisterAsync()).Find(again.Id));
    }

    [Fact]
    public async Task ADeclarationRoundTrip_FindsNewChangedMissingAndUnpermitted_AndConfirmingAppendsItOnce()
    {
        await using var store = await ReadyStoreAsync();
        var frame = new MetricFrame(SmallPlan.Province.Epsg);
        var kept = Tower("K", "Viettel", 107.20, 21.00);
        var raised = Tower("R", "Viettel", 107.22, 21.00);
        var gone = Tower("G", "Viettel", 107.24, 21.00);
        var approved = Tower("A", "Viettel", 107.26, 21.00);
        var others = Tower("O", "MobiFone", 107.28, 21.00);
        await store.AppendRegisterEventsAsync([
            Event(kept, LifecycleStage.InOperation, RegisterT0),
            Event(raised, LifecycleStage.InOperation, RegisterT0),
            Event(gone, LifecycleStage.InOperation, RegisterT0),
            Event(approved, LifecycleStage.Approved, RegisterT0, new Approval("9/SKHCN-BCVT", new DateOnly(2026, 6, 1), 1, 1)),
            Event(others, LifecycleStage.InOperation, RegisterT0),
        ]);
        DeclaredStructure Declared(int row, AntennaStructure s, double dLon = 0, double? height = null, string? id = null) =>
            new(
                row,
                id,
                s.Code,
                Points.CreatePoint(new Coordinate(s.Location.X + dLon, s.Location.Y)),
                s.PoleClass,
                height ?? s.HeightM,
                s.Camouflaged,
                null,
                8,
                [new Installation("Viettel", Technology.G4, 3, [1800, 2100], [])]
            );
        // The approved tower declared 8 m off its approved point (within R09.share_tolerance), under a code of its own.
        IReadOnlyList<DeclaredStructure> rows =
        [
            Declared(1, kept, id: "K"),
            Declared(2, raised, height: 48),
            Declared(3, approved with { Code = "VIE-NEW-1" }, dLon: 0.00008),
            Declared(4, Tower("X", "Viettel", 107.40, 21.05) with { Code = "VIE-NEW-2" }),
        ];
        var file = Encoding.UTF8.GetBytes("Mã trạm,...\n");
        var declaration = await store.SaveDeclarationAsync(new NewDeclaration("Viettel", "u-viettel-1", Noon, "bao-cao.csv", file, rows));
        await using var reopened = await ReopenAsync(store);
        var loaded = (await reopened.FindDeclarationAsync(declaration.Id))!;
        Assert.Equal(rows.Count, loaded.Rows.Count);
        Assert.Equal(rows[2].Location, loaded.Rows[2].Location);
        Assert.Equal(8, loaded.Rows[1].BackupPowerHours);
        Assert.Null(loaded.ConfirmedAt);

        var tolerance = SmallPlan.Rules.Value("R09", "share_tolerance");
        var diff = DeclarationDiff.Compare("Viettel", loaded.Rows, await reopened.LoadRegisterAsync(Noon), frame, tolerance);
        Assert.Equal(
            ["1:unchanged:K", "2:changed:R", "3:new:A", "4:new:", "-:missing:G"],
            diff.Select(c =>
                $"{c.Declared?.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{c.KindCode}:{c.Registered?.Structure.Id}"
            )
        );
        Assert.Equal(["height"], diff[1].Changes);
        Assert.True(diff[3].Unpermitted);
        Assert.False(diff[2].Unpermitted);
        Assert.Contains("xây dựng không phép", diff[3].Vi);

        var events = DeclarationDiff.Events(diff, "Viettel", declaration.Id, "u-viettel-1", Noon.AddHours(1));
        await reopened.ConfirmDeclarationAsync(declaration.Id, "u-viettel-1", Noon.AddHours(1), events);
        await Assert.ThrowsAsync<DeclarationAlreadyConfirmedException>(() =>
            reopened.ConfirmDeclarationAsync(declaration.Id, "u-viettel-1", Noon.AddHours(2), events)
        );
        var after = await reopened.LoadRegisterAsync();
        Assert.Equal(48, after.Find("R")!.Structure.HeightM);
        Assert.Equal(LifecycleStage.InOperation, after.Find("R")!.Status);
        Assert.Equal(LifecycleStage.Built, after.Find("A")!.Status);
        Assert.Equal("9/SKHCN-BCVT", after.Find("A")!.Approval!.LetterNumber);
        var unpermitted = after.Find(RegisterIds.FromDeclaration(declaration.Id, 4))!;
        Assert.Equal(LifecycleStage.Unpermitted, unpermitted.Status);
        Assert.Equal(LifecycleStage.InOperation, after.Find("G")!.Status);
        Assert.Equal(1, after.Counts().Unpermitted);
        Assert.Equal("u-viettel-1", (await reopened.FindDeclarationAsync(declaration.Id))!.ConfirmedBy);
        Assert.Equal(events.Count, (await reopened.FindDeclarationAsync(declaration.Id))!.EventsAppended);
        Assert.Single(await reopened.ListDeclarationsAsync("Viettel"));
        Assert.Empty(await reopened.ListDeclarationsAsync("MobiFone"));
        // Declared again, the register now agrees: nothing new, nothing changed.
        var second = DeclarationDiff.Compare("Viettel", loaded.Rows, after, frame, tolerance);
        Assert.All(second.Where(c => c.Kind != DeclarationChangeKind.Missing), c => Assert.Equal(DeclarationChangeKind.Unchanged, c.Kind));
    }

    [Fact]
    public async Task AnInspectionWithAViolation_KeepsItsFiles_AndStaysOpenUntilAComplianceInspection()
    {
        await using var store = await ReadyStoreAsync();
        var photo = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var violation = await store.RecordInspectionAsync(
            new Inspection(
                0,
                "QN-S00042",
                new DateOnly(2026, 10, 5),
                ["Nguyễn Văn An", "Trần Thị Bình"],
                "Cột cao 52 m, vượt chiều cao tối đa của khu vực",
                InspectionOutcome.Violation,
                "R07",
                "45/QĐ-XPVPHC",
                new DateOnly(2026, 10, 12),
                new DateOnly(2026, 11, 1),
                "u-inspector",
                Noon,
                []
            ),
            [new NewAttachment("bien-ban.jpg", "image/jpeg", photo)]
        );
        await using var reopened = await ReopenAsync(store);
        var listed = Assert.Single(await reopened.ListInspectionsAsync("QN-S00042"));
        Assert.Equal(violation.Inspectors, listed.Inspectors);
        Assert.Equal(violation with { Attachments = listed.Attachments, Inspectors = listed.Inspectors }, listed);
        Assert.Equal(violation.Attachments, listed.Attachments);
        var attachment = Assert.Single(listed.Attachments);
        Assert.Equal(5000, attachment.Length);
        Assert.Equal(photo, await reopened.LoadAttachmentAsync(attachment.Id));
        Assert.Empty(await reopened.ListInspectionsAsync("QN-S00001"));

        var open = Assert.Single(OpenViolations.Of(await reopened.ListInspectionsAsync(), new DateOnly(2026, 11, 5)));
        Assert.True(open.Overdue);
        Assert.False(Assert.Single(OpenViolations.Of(await reopened.ListInspectionsAsync(), new DateOnly(2026, 10, 20))).Overdue);
        await reopened.RecordInspectionAsync(
            new Inspection(
                0,
                "QN-S00042",
                new DateOnly(2026, 11, 3),
                ["Nguyễn Văn An"],
                "Đã hạ chiều cao cột xuống 40 m",
                InspectionOutcome.Compliant,
                null,
                null,
                null,
                null,
                "u-inspector",
                Noon.AddDays(30),
                []
            ),
            []
        );
        Assert.Empty(OpenViolations.Of(await reopened.ListInspectionsAsync(), new DateOnly(2026, 11, 5)));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "UPDATE inspections SET outcome = 'compliant'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "DELETE FROM inspection_attachments"));
    }

    private static readonly IEqualityComparer<Installation> InstallationsEqual = EqualityComparer<Installation>.Create(
        (x, y) => x!.SameAs(y!) && x.Antennas.SequenceEqual(y!.Antennas),
        x => x.Technology.GetHashCode()
    );
}
