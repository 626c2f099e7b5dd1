using TelecomGis.Core.Administration;

namespace TelecomGis.Core.Tests.Administration;

public class VietnamTimeTests
{
    [Theory]
    // 16:59 UTC is 23:59 in Hanoi, the same day; a minute later it is the next day there, while UTC is still on the first.
    [InlineData("2026-09-30T16:59:00Z", "2026-09-30")]
    [InlineData("2026-09-30T17:00:00Z", "2026-10-01")]
    // No daylight saving: midsummer and midwinter alike are UTC+7.
    [InlineData("2026-06-21T17:00:00Z", "2026-06-22")]
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")]
    public void TheDepartmentsDayIsUtcPlusSevenAllYear(string instant, string day)
    {
        Assert.Equal(
            DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            VietnamTime.DayOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))
        );
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Offset);
    }
}
