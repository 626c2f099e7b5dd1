namespace TelecomGis.Core.Administration;

/// <summary>
/// The department's clock. Vietnam keeps UTC+7 all year, with no daylight saving time: a dossier's received day, a letter's date,
/// a plan version's import time and a report's period are all counted in it. The API's desk and letter settings start from it
/// (<c>Desk:UtcOffset</c>, <c>Letters:UtcOffset</c>).
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The calendar day in Vietnam of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
