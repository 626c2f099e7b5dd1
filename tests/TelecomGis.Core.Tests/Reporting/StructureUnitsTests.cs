using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>
/// In the report a "trạm BTS" is one carrier's equipment of one technology (Hải Dương: 2,952 BTS on about 1,300 positions), so a
/// figure that counts structures is in "vị trí", never in "trạm": unpermitted structures found are positions, not BTS.
/// </summary>
public class StructureUnitsTests
{
    [Fact]
    public void UnpermittedStructuresAreCountedInPositions()
    {
        var history = new RegisterHistory([], [], TimeSpan.FromHours(7));
        var figures = RegisterFigures
            .Inspections(history, ReportPeriod.TryParse("2026-Q3")!)
            .Where(f => f.Key.StartsWith("unpermitted", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Equal("vị trí", f.UnitVi));
        Assert.Equal("Vị trí trạm xây dựng không phép phát hiện", figures[0].LabelVi);
    }
}
