using System.Globalization;
using System.Text.Json;
using TelecomGis.Core.Desk;

namespace TelecomGis.Storage.Reporting;

/// <summary>
/// The department's calendar as the desk ships it (src/TelecomGis.Api/Desk/VietnamHolidays.json: 2025–2027); earlier years count
/// Saturdays and Sundays only, so a processing time before 2025 may read a day long over a holiday. A service that sets
/// Desk:Holidays passes its own list instead.
/// </summary>
public static class ShippedHolidays
{
    private static readonly Lazy<IReadOnlyList<DateOnly>> Days = new(Read);

    public static WorkingCalendar Calendar(IReadOnlyList<DateOnly>? configured = null) =>
        new(configured is { Count: > 0 } ? configured : Days.Value);

    private static IReadOnlyList<DateOnly> Read()
    {
        using var stream = typeof(ShippedHolidays).Assembly.GetManifestResourceStream("TelecomGis.Storage.Reporting.VietnamHolidays.json")
            ?? throw new InvalidOperationException("The shipped holiday list is missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        return
        [
            .. json
                .RootElement.GetProperty("days")
                .EnumerateArray()
                .Select(d => DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
    }
}
