using System.Globalization;
using CsvHelper;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Storage.Coverage;

/// <summary>
/// The servers of a run, one line each, in id order (the ids best-server.tif holds): site, sector, carrier, technology,
/// frequency, EIRP, height, environment, model, and how many of its cell evaluations lay outside the model's validity, with the
/// note. Vietnamese headers and words (the environment, the model's qualifiers, the note) or English ones; numbers with a decimal
/// point in both.
/// </summary>
public static class CoverageServersCsv
{
    private static readonly (string Vi, string En)[] Columns =
    [
        ("Số hiệu trong best-server.tif", "server"),
        ("Mã vị trí", "site_id"),
        ("Ăng-ten", "sector"),
        ("Doanh nghiệp", "carrier"),
        ("Công nghệ", "technology"),
        ("Tần số (MHz)", "frequency_mhz"),
        ("EIRP (dBm)", "eirp_dbm"),
        ("Độ cao ăng-ten (m)", "antenna_height_m"),
        ("Môi trường truyền sóng", "environment"),
        ("Mô hình truyền sóng", "model"),
        ("Số ô đã tính", "evaluations"),
        ("Số ô ngoài phạm vi áp dụng của mô hình", "outside_validity"),
        ("Ghi chú", "validity_note"),
    ];

    public static void Write(TextWriter output, CoverageResult result, bool vietnamese)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var (vi, en) in Columns)
            csv.WriteField(vietnamese ? vi : en);
        csv.NextRecord();
        var servers = result.Inputs.Servers;
        for (var i = 0; i < servers.Count; i++)
        {
            var s = servers[i];
            var v = result.Validity[i];
            csv.WriteField(i);
            csv.WriteField(SpreadsheetText.Guard(s.SiteId));
            csv.WriteField(s.SectorIndex);
            csv.WriteField(SpreadsheetText.Guard(s.Carrier));
            csv.WriteField(s.Technology.Label());
            csv.WriteField(s.FrequencyMhz.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.EirpDbm.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.TxHeightM.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(vietnamese ? s.Environment.Vietnamese() : s.Environment.ToString());
            csv.WriteField(vietnamese ? PathLossModelWords.Vietnamese(s.Model) : s.Model.Name);
            csv.WriteField(v.Evaluations);
            csv.WriteField(v.OutsideValidity);
            csv.WriteField(
                v.Note is not { } note ? ""
                : vietnamese ? ValidityNoteWords.Vietnamese(note)
                : note
            );
            csv.NextRecord();
        }
    }
}
