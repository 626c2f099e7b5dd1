namespace TelecomGis.Api.Desk;

/// <summary>The desk's time limits (configuration section "Desk").</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>
    /// Working days the department has to answer a dossier, counted from the day after receipt. 7 is a configurable default: we
    /// found no figure for this procedure in the project's sources; set the one the province's published administrative procedure
    /// (thủ tục hành chính) gives.
    /// </summary>
    public int WorkingDays { get; set; } = 7;

    /// <summary>Days off besides Saturdays and Sundays (yyyy-mm-dd); empty: Vietnam's public holidays 2025–2027 as shipped in
    /// Desk/VietnamHolidays.json (its "about" names the sources and the days not yet confirmed).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>The offset of the department's day from UTC: Vietnam is UTC+7 all year.</summary>
    public TimeSpan UtcOffset { get; set; } = Core.Administration.VietnamTime.Offset;
}
