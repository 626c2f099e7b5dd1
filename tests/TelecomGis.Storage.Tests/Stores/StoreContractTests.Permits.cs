using System.Data.Common;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Permits;

namespace TelecomGis.Storage.Tests.Stores;

// Structures' construction permits and exemptions (issue 11, 3): appended, never changed, the latest in force, in both stores.
public abstract partial class StoreContractTests
{
    private static ConstructionPermit Permit(string structure, string number, DateTimeOffset at) =>
        new(
            0,
            structure,
            PermitKind.Permit,
            number,
            new DateOnly(2026, 3, 5),
            "Sở Xây dựng tỉnh Quảng Ninh",
            null,
            null,
            null,
            "u-appraiser",
            at
        );

    [Fact]
    public async Task PermitsAndExemptions_AreAppendedNeverChanged_AndTheLatestIsInForce()
    {
        await using var store = await ReadyStoreAsync();
        var first = await store.RecordConstructionPermitAsync(Permit("QN-S00007", "125/GPXD", RegisterT0));
        var exemption = await store.RecordConstructionPermitAsync(
            new ConstructionPermit(
                0,
                "QN-S00008",
                PermitKind.Exemption,
                null,
                null,
                null,
                PermitExemptions.NotBulky.Code,
                PermitExemptions.NotBulky.CitationVi,
                "Cột 3 m trên mái nhà 5 tầng",
                "u-appraiser",
                RegisterT0.AddHours(1)
            )
        );
        // A correction of the first permit's number: a later record, the first one kept.
        var corrected = await store.RecordConstructionPermitAsync(Permit("QN-S00007", "126/GPXD", RegisterT0.AddDays(2)));
        Assert.True(first.Id > 0 && exemption.Id > first.Id && corrected.Id > exemption.Id);

        await using var reopened = await ReopenAsync(store);
        var history = await reopened.ListConstructionPermitsAsync("QN-S00007");
        Assert.Equal(["125/GPXD", "126/GPXD"], history.Select(p => p.Number));
        Assert.Equal(first, history[0]);
        var all = await reopened.ListConstructionPermitsAsync();
        Assert.Equal(3, all.Count);
        Assert.Equal(exemption, all.Single(p => p.StructureId == "QN-S00008"));

        var now = ConstructionPermit.Latest(all);
        Assert.Equal("126/GPXD", now["QN-S00007"].Number);
        Assert.Equal("Giấy phép xây dựng: số 126/GPXD ngày 05/03/2026 của Sở Xây dựng tỉnh Quảng Ninh", now["QN-S00007"].Vi());
        Assert.Equal(
            "Miễn giấy phép theo điểm b khoản 2 Điều 5 Thông tư liên tịch số 15/2016/TTLT-BTTTT-BXD (cột ăng ten không cồng kềnh)",
            now["QN-S00008"].Vi()
        );
        Assert.Equal("125/GPXD", ConstructionPermit.Latest(all, RegisterT0.AddDays(1))["QN-S00007"].Number);

        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "UPDATE structure_permits SET permit_number = 'x'"));
        await Assert.ThrowsAnyAsync<DbException>(() => RawAsync(reopened, "DELETE FROM structure_permits"));
        // A permit without its number, or an exemption without the provision it cites, is refused by the database itself.
        await Assert.ThrowsAnyAsync<DbException>(() =>
            RawAsync(
                reopened,
                "INSERT INTO structure_permits (structure_id, kind, permit_date, issued_by, recorded_by, recorded_at) VALUES ('X', 'permit', '2026-01-01', 'Sở Xây dựng', 'x', '2026-01-01T00:00:00.000Z')"
            )
        );
        await Assert.ThrowsAnyAsync<DbException>(() =>
            RawAsync(
                reopened,
                "INSERT INTO structure_permits (structure_id, kind, exemption_code, recorded_by, recorded_at) VALUES ('X', 'exemption', 'other', 'x', '2026-01-01T00:00:00.000Z')"
            )
        );
        Assert.Equal(3, (await reopened.ListConstructionPermitsAsync()).Count);
    }
}
