using System.Text.Json;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator;

/// <summary>
/// Writes a register as GeoJSON: the bundle's site properties (data/README.md, sites.geojson) plus the register's: <c>standing</c>
/// (in_operation, existing_before_plan, approved_not_built, pending_proposal, unpermitted), <c>letter_number</c>,
/// <c>letter_date</c> and <c>dossier</c> for an approval, <c>building_height_m</c>, <c>backup_power_h</c>, <c>critical_site</c>.
/// </summary>
public static class RegisterFile
{
    public static void Write(IReadOnlyList<Site> sites, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var s in sites)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("id", s.Id);
            json.WriteString("carrier", s.Carrier);
            json.WriteString("code", s.Code);
            json.WriteString("pole_class", s.PoleClass.ToString());
            json.WriteNumber("height_m", s.HeightM);
            json.WriteBoolean("camouflaged", s.Camouflaged);
            json.WriteString("shared_with", string.Join('|', s.SharedWith));
            json.WriteStartArray("sectors");
            foreach (var sector in s.Sectors)
            {
                json.WriteStartObject();
                json.WriteNumber("azimuth_deg", sector.AzimuthDeg);
                json.WriteNumber("frequency_mhz", sector.FrequencyMhz);
                json.WriteNumber("eirp_dbm", sector.EirpDbm);
                json.WriteString("technology", sector.Technology.Label());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("standing", RegisterGenerator.Code(s.Standing.Status));
            if (s.Standing.LetterNumber is { } number)
                json.WriteString("letter_number", number);
            if (s.Standing.LetterDate is { } date)
                json.WriteString("letter_date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (s.Standing.DossierId is { } dossier)
                json.WriteString("dossier", dossier);
            if (s.BuildingHeightM is { } building)
                json.WriteNumber("building_height_m", building);
            if (s.BackupPowerHours is { } hours)
                json.WriteNumber("backup_power_h", hours);
            json.WriteBoolean("critical_site", s.CriticalSite);
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(s.Location.X, 7));
            json.WriteNumberValue(Math.Round(s.Location.Y, 7));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
                json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
