using System.Text;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Declarations;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// A carrier's declaration read from its file (issue 11, 4), kept, compared and confirmed, in both stores; and files attached to an
// inspection after it was recorded (issue 11, 5).
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ADeclarationFile_RoundTrips_NewChangedMissingAndUnpermitted_ThroughTheStore()
    {
        await using var store = await ReadyStoreAsync();
        var t0 = new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
        var kept = Tower("FK", "Viettel", 107.20, 21.00);
        var raised = Tower("FR", "Viettel", 107.22, 21.00);
        var gone = Tower("FG", "Viettel", 107.24, 21.00);
        var approved = Tower("FA", "Viettel", 107.26, 21.00);
        await store.AppendRegisterEventsAsync([
            Event(kept, LifecycleStage.InOperation, t0),
            Event(raised, LifecycleStage.InOperation, t0),
            Event(gone, LifecycleStage.InOperation, t0),
            Event(approved, LifecycleStage.Approved, t0, new Approval("9/SKHCN-BCVT", new DateOnly(2026, 6, 1), 1, 1)),
        ]);
        var csv = $"""
            Mã vị trí,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ,Số sector,Băng tần (MHz),Nguồn dự phòng (giờ),Ngày phát sóng
            FK,{kept.Code},107.20,21.00,A2b,40,4G,3,1800/2100,4,
            ,{raised.Code},107.22,21.00,A2b,48,4G,3,1800/2100,4,
            ,VIE-NEW-1,107.26008,21.00,A2b,40,4G,3,1800/2100,4,01/07/2026
            ,VIE-NEW-2,107.40,21.05,A2b,30,"2G, 4G",3,2G: 900; 4G: 1800,,
            """;
        var bytes = Encoding.UTF8.GetBytes(csv);
        var rows = DeclarationFile.Read(new MemoryStream(bytes), "bao-cao.csv", "Viettel");
        Assert.Empty(DeclarationFile.Refusals(rows));
        var declaration = await store.SaveDeclarationAsync(
            new NewDeclaration("Viettel", "u-viettel-1", Noon, "bao-cao.csv", bytes, [.. rows.Select(r => r.Structure!)])
        );
        await using var reopened = await ReopenAsync(store);
        var loaded = (await reopened.FindDeclarationAsync(declaration.Id))!;
        Assert.Equal(new DateOnly(2026, 7, 1), loaded.Rows[2].OnAirSince);

        var diff = DeclarationDiff.Compare(
            "Viettel",
            loaded.Rows,
            await reopened.LoadRegisterAsync(Noon),
            new MetricFrame(SmallPlan.Province.Epsg),
            SmallPlan.Rules.Value("R09", "share_tolerance")
        );
        Assert.Equal(
            ["unchanged:FK", "changed:FR", "new:FA", "new:", "missing:FG"],
            diff.Select(c => $"{c.KindCode}:{c.Registered?.Structure.Id}")
        );
        Assert.True(diff[3].Unpermitted);
        var events = DeclarationDiff.Events(diff, "Viettel", declaration.Id, "u-viettel-1", Noon.AddHours(1));
        await reopened.ConfirmDeclarationAsync(declaration.Id, "u-viettel-1", Noon.AddHours(1), events);
        var after = await reopened.LoadRegisterAsync();
        Assert.Equal(48, after.Find("FR")!.Structure.HeightM);
        Assert.Equal(LifecycleStage.Built, after.Find("FA")!.Status);
        var unpermitted = after.Find(RegisterIds.FromDeclaration(declaration.Id, 4))!;
        Assert.Equal(LifecycleStage.Unpermitted, unpermitted.Status);
        Assert.Equal(2, unpermitted.Structure.Installations.Count);
        var built = (await reopened.LoadRegisterEventsAsync("FA"))[^1];
        Assert.Equal(EventSource.Declaration, built.Source);
        Assert.Equal("Phát sóng từ ngày 01/07/2026", built.Note);
    }

    [Fact]
    public async Task FilesAttachedToARecordedInspection_AreAppended_AndReadBackExactly()
    {
        await using var store = await ReadyStoreAsync();
        var inspection = await store.RecordInspectionAsync(
            new Inspection(
                0,
                "QN-S00007",
                new DateOnly(2026, 10, 1),
                ["Trần Thị Bình"],
                "Cột cao hơn hồ sơ 6 m.",
                InspectionOutcome.Violation,
                "R07",
                "12/QĐ-XPVPHC",
                new DateOnly(2026, 10, 3),
                new DateOnly(2026, 12, 31),
                "u-appraiser",
                Noon,
                []
            ),
            []
        );
        var minutes = Encoding.UTF8.GetBytes("%PDF-1.4 biên bản");
        var saved = (await store.AttachToInspectionAsync(inspection.Id, [new NewAttachment("bien-ban.pdf", "application/pdf", minutes)]))!;
        var attachment = Assert.Single(saved);
        Assert.Null(await store.AttachToInspectionAsync(inspection.Id + 1000, [new NewAttachment("x.pdf", "application/pdf", minutes)]));
        await using var reopened = await ReopenAsync(store);
        Assert.Equal(minutes, await reopened.LoadAttachmentAsync(attachment.Id));
        var found = (await reopened.FindAttachmentAsync(attachment.Id))!.Value;
        Assert.Equal(inspection.Id, found.InspectionId);
        Assert.Equal(attachment, found.Attachment);
        Assert.Null(await reopened.FindAttachmentAsync(attachment.Id + 1000));
        Assert.Equal(attachment, Assert.Single(Assert.Single(await reopened.ListInspectionsAsync("QN-S00007")).Attachments));
    }
}
