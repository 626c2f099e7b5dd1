using System.Globalization;
using CsvHelper;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// The servers of a run, one line each, in id order (the ids best-server.tif holds): site, sector, carrier, technology,
/// frequency, EIRP, height, environment, model, and how many of its cell evaluations lay outside the model's validity, with the note.
/// </summary>
public static class CoverageServersCsv
{
    public static void Write(TextWriter output, CoverageResult result)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (
            var h in new[]
            {
                "server",
                "site_id",
                "sector",
                "carrier",
                "technology",
                "frequency_mhz",
                "eirp_dbm",
                "antenna_height_m",
                "environment",
                "model",
                "evaluations",
                "outside_validity",
                "validity_note",
            }
        )
        {
            csv.WriteField(h);
        }
        csv.NextRecord();
        var servers = result.Inputs.Servers;
        for (var i = 0; i < servers.Count; i++)
        {
            var s = servers[i];
            var v = result.Validity[i];
            csv.WriteField(i);
            csv.WriteField(s.SiteId);
            csv.WriteField(s.SectorIndex);
            csv.WriteField(s.Carrier);
            csv.WriteField(s.Technology.Label());
            csv.WriteField(s.FrequencyMhz.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.EirpDbm.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.TxHeightM.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.Environment.ToString());
            csv.WriteField(s.Model.Name);
            csv.WriteField(v.Evaluations);
            csv.WriteField(v.OutsideValidity);
            csv.WriteField(v.Note ?? "");
            csv.NextRecord();
        }
    }
}
