using System.Globalization;
using System.Text;
using System.Text.Json;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Coverage.Resilience;

/// <summary>
/// The department's critical sites (trạm trọng yếu) with their backup power and, for a hazard, whether each stays on air: the
/// list the storm plan is made from (issue 11, item 7), exported as CSV or GeoJSON. Writing is text only; the caller owns the file.
/// </summary>
public static class CriticalSiteList
{
    /// <summary>The critical sites in id order, each with its outage when <paramref name="outages"/> holds it.</summary>
    public static IReadOnlyList<(Site Site, SiteOutage? Outage)> Of(IEnumerable<Site> sites, IEnumerable<SiteOutage>? outages = null)
    {
        var byId = (outages ?? []).ToDictionary(o => o.Site.Id, StringComparer.Ordinal);
        return
        [
            .. sites.Where(s => s.CriticalSite).OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => (s, byId.GetValueOrDefault(s.Id))),
        ];
    }

    /// <summary>The CSV's columns: the Vietnamese headers a department opens in Excel, and the English ones (the GeoJSON's keys).</summary>
    public static readonly IReadOnlyList<(string Vi, string En)> Columns =
    [
        ("Mã vị trí", "site_id"),
        ("Doanh nghiệp", "carrier"),
        ("Mã trạm", "code"),
        ("Kinh độ", "lon"),
        ("Vĩ độ", "lat"),
        ("Nguồn dự phòng (giờ)", "backup_power_h"),
        ("Trong vùng ảnh hưởng", "in_hazard"),
        ("Số giờ ngừng phát sóng", "hours_down"),
    ];

    /// <summary>
    /// CSV with <see cref="Columns"/>, Vietnamese ("có"/"không") or English (true/false): unknown backup power and hours are empty;
    /// hours down empty too when the hazard has no duration. Numbers with a decimal point in both; codes and names never run as a
    /// formula (<see cref="SpreadsheetText"/>).
    /// </summary>
    public static string Csv(IReadOnlyList<(Site Site, SiteOutage? Outage)> list, bool vietnamese)
    {
        var text = new StringBuilder(string.Join(',', Columns.Select(c => vietnamese ? c.Vi : c.En))).Append('\n');
        var (yes, no) = vietnamese ? ("có", "không") : ("true", "false");
        foreach (var (s, o) in list)
        {
            text.Append(
                    string.Join(
                        ',',
                        Quote(SpreadsheetText.Guard(s.Id)),
                        Quote(SpreadsheetText.Guard(s.Carrier)),
                        Quote(SpreadsheetText.Guard(s.Code)),
                        N(s.Location.X),
                        N(s.Location.Y),
                        s.BackupPowerHours is { } b ? N(b) : "",
                        o is null ? no : yes,
                        o?.HoursDown is { } h ? N(h) : ""
                    )
                )
                .Append('\n');
        }
        return text.ToString();
    }

    /// <summary>A GeoJSON FeatureCollection of points with the same properties as the CSV (nulls for the unknown).</summary>
    public static string GeoJson(IReadOnlyList<(Site Site, SiteOutage? Outage)> list)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var (s, o) in list)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("site_id", s.Id);
                json.WriteString("carrier", s.Carrier);
                json.WriteString("code", s.Code);
                Number(json, "backup_power_h", s.BackupPowerHours);
                json.WriteBoolean("in_hazard", o is not null);
                Number(json, "hours_down", o?.HoursDown);
                json.WriteEndObject();
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(s.Location.X);
                json.WriteNumberValue(s.Location.Y);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static string N(double v) => v.ToString("0.#######", CultureInfo.InvariantCulture);

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : $"\"{s.Replace("\"", "\"\"")}\"";
}
