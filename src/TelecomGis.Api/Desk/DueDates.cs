using System.Text.Json;
using Microsoft.Extensions.Options;
using TelecomGis.Core.Desk;

namespace TelecomGis.Api.Desk;

/// <summary>Due dates and overdue flags of dossiers, from <see cref="DeskOptions"/> and the service's clock.</summary>
public sealed class DueDates(IOptions<DeskOptions> options, TimeProvider clock)
{
    private readonly WorkingCalendar _calendar = new(options.Value.Holidays.Count > 0 ? options.Value.Holidays : ShippedHolidays.Value);

    private static readonly Lazy<IReadOnlyList<DateOnly>> ShippedHolidays = new(ReadShippedHolidays);

    /// <summary>The last day to answer a dossier received at that instant (the department's calendar day).</summary>
    public DateOnly DueOf(DateTimeOffset receivedAt) => _calendar.AddWorkingDays(DayOf(receivedAt), options.Value.WorkingDays);

    /// <summary>Whether a dossier not yet answered by an issued letter is past its due date today.</summary>
    public bool IsOverdue(DateOnly due, string status) =>
        status != DeskStatus.Issued && WorkingCalendar.IsOverdue(due, DayOf(clock.GetUtcNow()));

    /// <summary>The department's calendar day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(options.Value.UtcOffset).DateTime);

    private static IReadOnlyList<DateOnly> ReadShippedHolidays()
    {
        using var stream = typeof(DueDates).Assembly.GetManifestResourceStream("TelecomGis.Api.Desk.VietnamHolidays.json")
            ?? throw new InvalidOperationException("The shipped holiday list is missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        return
        [
            .. json
                .RootElement.GetProperty("days")
                .EnumerateArray()
                .Select(d =>
                    DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                ),
        ];
    }
}
