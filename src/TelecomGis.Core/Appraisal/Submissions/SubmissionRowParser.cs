using System.Globalization;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>
/// Validates one submitted row (CSV, Excel or GeoJSON properties alike) into a <see cref="ProposedSite"/>, or a rejection naming
/// the row and the field. This is the one place input is checked: the engine trusts what comes out.
/// </summary>
public static class SubmissionRowParser
{
    /// <summary>Taller than any mast in Vietnam (the tallest are about 150 m): a figure above it is a typing error.</summary>
    public const double MaxStructureHeightM = 300;

    /// <summary>Fansipan is 3,143 m; the lowest land a few metres below sea level.</summary>
    public const double MinGroundElevationM = -50,
        MaxGroundElevationM = 3200;

    public static readonly IReadOnlyList<string> RequiredColumns = ["carrier", "site_code", "pole_class", "height_m"];

    public static readonly IReadOnlyList<string> KnownCarriers = ["Viettel", "VNPT", "MobiFone", "Vietnamobile", "Gtel"];

    /// <summary>
    /// What a header lacks, by canonical name (<c>lon,lat</c> stands for a coordinate pair: lon/lat or x/y/epsg); empty when it
    /// has every required column. <paramref name="columns"/> are canonical names (<see cref="SubmissionColumns.Canonical"/>).
    /// </summary>
    public static IReadOnlyList<string> MissingColumns(IEnumerable<string> columns)
    {
        var set = columns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hasLonLat = set.Contains("lon") && set.Contains("lat");
        var hasXy = set.Contains("x") && set.Contains("y") && set.Contains("epsg");
        // In the order a header is read: who, which site, where, what.
        return
        [
            .. RequiredColumns.Take(2).Where(c => !set.Contains(c)),
            .. hasLonLat || hasXy ? Array.Empty<string>() : ["lon,lat"],
            .. RequiredColumns.Skip(2).Where(c => !set.Contains(c)),
        ];
    }

    /// <summary>Rejects a header that lacks a required column or any coordinate pair, naming what is missing.</summary>
    public static void CheckHeader(IEnumerable<string> columns)
    {
        var missing = MissingColumns(columns).Select(m => m == "lon,lat" ? "lon,lat (or x,y,epsg)" : m).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException(
                $"The header lacks {string.Join(", ", missing)}; expected carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id."
            );
        }
    }

    /// <summary>Reads row <paramref name="row"/> through <paramref name="field"/>, which returns a column's trimmed text or null when empty.</summary>
    public static SubmissionRow Parse(
        int row,
        Func<string, string?> field,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        var carrier = NormaliseCarrier(field("carrier"));
        var siteCode = field("site_code") ?? "";
        SubmissionRow Reject(string name, string vi, string en) => SubmissionRow.Rejected(row, carrier ?? "", siteCode, name, vi, en);

        if (carrier is null)
            return Reject("carrier", Empty("carrier").Vi, Empty("carrier").En);
        if (siteCode.Length == 0)
            return Reject("site_code", Empty("site_code").Vi, Empty("site_code").En);

        var location = RowCells.Location(field, transformation);
        if (!location.IsSuccess)
        {
            var e = location.Error;
            return Reject(RowCells.CoordinateColumn(e.Field), e.MessageVi, e.MessageEn);
        }

        var poleText = field("pole_class");
        if (!PoleClasses.TryParse(poleText, out var poleClass))
        {
            return poleText is null
                ? Reject("pole_class", Empty("pole_class").Vi, Empty("pole_class").En)
                : Reject(
                    "pole_class",
                    $"Cột {SubmissionColumns.HeaderVi("pole_class")}: \"{poleText}\" không phải loại cột hợp lệ (A1a, A1b, A2a, A2b hoặc A2c; viết A1-a hay a1a cũng được).",
                    $"Column {SubmissionColumns.HeaderEn("pole_class")}: unknown pole class \"{poleText}\" (expected A1a, A1b, A2a, A2b or A2c)."
                );
        }

        if (ReadNumber(field, "height_m", 0, MaxStructureHeightM, required: true, out var height) is { } heightError)
            return Reject("height_m", heightError.Vi, heightError.En);
        if (height <= 0)
            return Reject(
                "height_m",
                $"Cột {SubmissionColumns.HeaderVi("height_m")}: chiều cao phải lớn hơn 0.",
                $"Column {SubmissionColumns.HeaderEn("height_m")}: the height must be greater than 0."
            );
        if (ReadNumber(field, "building_height_m", 0, MaxStructureHeightM, required: false, out var building) is { } bError)
            return Reject("building_height_m", bError.Vi, bError.En);
        if (
            ReadNumber(field, "ground_elevation_m", MinGroundElevationM, MaxGroundElevationM, required: false, out var ground) is { } gError
        )
            return Reject("ground_elevation_m", gError.Vi, gError.En);
        if (ReadEirpDbm(field, out var eirp, out var eirpColumn) is { } eError)
            return Reject(eirpColumn, eError.Vi, eError.En);
        if (ReadNumber(field, "azimuth_deg", 0, 360, required: false, out var azimuth) is { } aError)
            return Reject("azimuth_deg", aError.Vi, aError.En);

        var camouflageText = field("camouflaged");
        if (!RowCells.TryYesNo(camouflageText, out var camouflaged))
        {
            return Reject(
                "camouflaged",
                $"Cột {SubmissionColumns.HeaderVi("camouflaged")}: \"{camouflageText}\" không hợp lệ (ghi có hoặc không; x hoặc 1 là có, 0 là không).",
                $"Column {SubmissionColumns.HeaderEn("camouflaged")}: \"{camouflageText}\" is not yes or no."
            );
        }

        IReadOnlyList<Sector>? sectors = double.IsNaN(eirp)
            ? null
            : [new Sector(double.IsNaN(azimuth) ? 0 : azimuth, 0, eirp, Technology.G4)];
        return SubmissionRow.Accepted(
            new ProposedSite(
                row,
                carrier,
                siteCode,
                location.LonDeg,
                location.LatDeg,
                poleClass,
                height,
                camouflaged,
                field("shares_site_id"),
                NaNToNull(building),
                NaNToNull(ground),
                field("commune_code"),
                sectors
            )
        );
    }

    private static string? NormaliseCarrier(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        // "Vinaphone" is VNPT's mobile brand; dossiers use either name.
        if (t.Equals("VinaPhone", StringComparison.OrdinalIgnoreCase))
            return "VNPT";
        return KnownCarriers.FirstOrDefault(k => k.Equals(t, StringComparison.OrdinalIgnoreCase)) ?? t;
    }

    private static (string Vi, string En)? ReadNumber(
        Func<string, string?> field,
        string name,
        double min,
        double max,
        bool required,
        out double value
    )
    {
        value = double.NaN;
        var text = field(name);
        if (text is null)
            return required ? Empty(name) : null;
        return RowCells.Number(text, min, max, out value) is { } p
            ? ($"Cột {SubmissionColumns.HeaderVi(name)}: {p.Vi}", $"Column {SubmissionColumns.HeaderEn(name)}: {p.En}")
            : null;
    }

    /// <summary>
    /// The EIRP in dBm. APPRAISAL.md lets a carrier give it in W or dBm: a bare number is in the column's unit (dBm, or watts in a
    /// column headed "(W)", <see cref="SubmissionColumns.EirpWatts"/>), a number followed by "dBm" or "W" is read in that unit,
    /// watts converted (60 dBm = 1,000 W). Either way within 0–90 dBm (1 mW to 1 MW). <paramref name="column"/>: the column read.
    /// </summary>
    private static (string Vi, string En)? ReadEirpDbm(Func<string, string?> field, out double dbm, out string column)
    {
        dbm = double.NaN;
        column = SubmissionColumns.Eirp.Name;
        var text = field(column);
        if (text is null && field(SubmissionColumns.EirpWatts.Name) is { } inWatts)
        {
            column = SubmissionColumns.EirpWatts.Name;
            text = inWatts;
        }
        if (text is null)
            return null;
        var number = text.Trim();
        var name = column;
        if (number.EndsWith("dbm", StringComparison.OrdinalIgnoreCase))
            return ReadNumber(_ => number[..^3].TrimEnd(), name, 0, 90, required: true, out dbm);
        var wattsSaid = number.EndsWith('w') || number.EndsWith('W');
        if (!wattsSaid && name == SubmissionColumns.Eirp.Name)
            return ReadNumber(_ => number, name, 0, 90, required: true, out dbm);
        var figure = wattsSaid ? number[..^1].TrimEnd() : number;
        if (ReadNumber(_ => figure, name, MinEirpW, MaxEirpW, required: true, out var watts) is { } problem)
            return problem;
        dbm = Sector.WattsToDbm(watts);
        return null;
    }

    /// <summary>0 and 90 dBm in watts: the range a bare dBm figure is held to.</summary>
    private const double MinEirpW = 0.001,
        MaxEirpW = 1_000_000;

    /// <summary>A required column left blank on this row.</summary>
    private static (string Vi, string En) Empty(string name) =>
        ($"Cột {SubmissionColumns.HeaderVi(name)}: chưa điền.", $"Column {SubmissionColumns.HeaderEn(name)}: no value given.");

    private static double? NaNToNull(double v) => double.IsNaN(v) ? null : v;
}
