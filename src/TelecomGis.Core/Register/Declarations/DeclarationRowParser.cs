using System.Globalization;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register.Declarations;

/// <summary>
/// Validates one row of a carrier's declaration (CSV or Excel alike) into a <see cref="DeclaredStructure"/>, or a rejection naming
/// the row and the column. The one place a declaration's input is checked: the diff trusts what comes out.
/// </summary>
/// <remarks>
/// One row is one structure. <c>Công nghệ</c> lists the carrier's technologies on it ("2G, 4G"); <c>Số sector</c> is one count
/// for every technology ("3") or one per technology in the same order ("3; 3; 6"); <c>Băng tần (MHz)</c> gives each technology's
/// bands, groups separated by ";", each named ("2G: 900; 4G: 1800/2100") or in the technologies' order ("900; 1800/2100").
/// </remarks>
public static class DeclarationRowParser
{
    /// <summary>The most sectors one technology serves from one structure: three is usual, six on the busiest urban sites.</summary>
    public const int MaxSectors = 12;

    /// <summary>Mobile bands in Vietnam run from 700 MHz to the 26 GHz millimetre band; a figure outside is a typing error.</summary>
    public const double MinBandMhz = 400,
        MaxBandMhz = 40_000;

    /// <summary>More hours than a week of backup power is a typing error (generators refuelled are counted by the day, not here).</summary>
    public const double MaxBackupPowerHours = 168;

    private static readonly GeometryFactory Points = new(new PrecisionModel(), 4326);
    private static readonly char[] ListSeparators = [',', ';', '/', '+', ' ', '\t'];
    private static readonly char[] BandSeparators = [',', '/', '+', ' ', '\t'];
    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"];

    /// <param name="row">The 1-based data row.</param>
    /// <param name="field">A column's trimmed text by canonical name (<see cref="DeclarationColumns"/>), or null when empty.</param>
    /// <param name="carrier">The declaring carrier: its installations are these, and a row naming another carrier is refused.</param>
    /// <param name="transformation">The plan's VN-2000 → WGS 84 transformation, for rows given as X/Y.</param>
    public static DeclarationRow Parse(
        int row,
        Func<string, string?> field,
        string carrier,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        DeclarationRow Reject(string name, string vi, string en) => DeclarationRow.Rejected(row, name, vi, en);
        (string Vi, string En) Column(string name) => (DeclarationColumns.HeaderVi(name), DeclarationColumns.HeaderEn(name));

        var code = field("site_code");
        if (code is null)
            return Reject("site_code", $"cột {Column("site_code").Vi}: chưa điền.", $"column {Column("site_code").En}: no value given.");
        if (field("carrier") is { } named && !SameCarrier(named, carrier))
            return Reject(
                "carrier",
                $"cột {Column("carrier").Vi}: trạm của {named}, không phải của {carrier}; mỗi doanh nghiệp chỉ báo cáo trạm của mình.",
                $"column {Column("carrier").En}: a structure of {named}, not {carrier}'s; a carrier declares its own structures only."
            );

        var location = RowCells.Location(field, transformation);
        if (!location.IsSuccess)
            return Reject(
                RowCells.CoordinateColumn(location.Error.Field),
                Lower(location.Error.MessageVi),
                Lower(location.Error.MessageEn)
            );

        var poleText = field("pole_class");
        if (!PoleClasses.TryParse(poleText, out var poleClass))
            return poleText is null
                ? Reject("pole_class", $"cột {Column("pole_class").Vi}: chưa điền.", $"column {Column("pole_class").En}: no value given.")
                : Reject(
                    "pole_class",
                    $"cột {Column("pole_class").Vi}: \"{poleText}\" không phải loại cột hợp lệ (A1a, A1b, A2a, A2b hoặc A2c).",
                    $"column {Column("pole_class").En}: unknown pole class \"{poleText}\" (expected A1a, A1b, A2a, A2b or A2c)."
                );

        if (Number(field, "height_m", 0, SubmissionRowParser.MaxStructureHeightM, true, out var height) is { } hError)
            return Reject("height_m", hError.Vi, hError.En);
        if (height <= 0)
            return Reject(
                "height_m",
                $"cột {Column("height_m").Vi}: chiều cao phải lớn hơn 0.",
                $"column {Column("height_m").En}: the height must be greater than 0."
            );
        if (Number(field, "building_height_m", 0, SubmissionRowParser.MaxStructureHeightM, false, out var building) is { } bError)
            return Reject("building_height_m", bError.Vi, bError.En);
        if (Number(field, "backup_power_h", 0, MaxBackupPowerHours, false, out var backup) is { } pError)
            return Reject("backup_power_h", pError.Vi, pError.En);

        var camouflageText = field("camouflaged");
        if (!RowCells.TryYesNo(camouflageText, out var camouflaged))
            return Reject(
                "camouflaged",
                $"cột {Column("camouflaged").Vi}: \"{camouflageText}\" không hợp lệ (ghi có hoặc không).",
                $"column {Column("camouflaged").En}: \"{camouflageText}\" is not yes or no."
            );

        var techText = field("technologies");
        if (techText is null)
            return Reject(
                "technologies",
                $"cột {Column("technologies").Vi}: chưa điền (ví dụ 2G, 4G).",
                $"column {Column("technologies").En}: no value given (e.g. 2G, 4G)."
            );
        var technologies = new List<Technology>();
        foreach (var part in techText.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryTechnology(part) is not { } t)
                return Reject(
                    "technologies",
                    $"cột {Column("technologies").Vi}: \"{part}\" không phải công nghệ (2G, 3G, 4G hoặc 5G).",
                    $"column {Column("technologies").En}: \"{part}\" is not a technology (2G, 3G, 4G or 5G)."
                );
            if (!technologies.Contains(t))
                technologies.Add(t);
        }
        if (technologies.Count == 0)
            return Reject(
                "technologies",
                $"cột {Column("technologies").Vi}: chưa điền (ví dụ 2G, 4G).",
                $"column {Column("technologies").En}: no value given (e.g. 2G, 4G)."
            );

        if (Sectors(field("sectors"), technologies.Count, out var sectors) is { } sError)
            return Reject("sectors", $"cột {Column("sectors").Vi}: {sError.Vi}", $"column {Column("sectors").En}: {sError.En}");
        if (Bands(field("bands_mhz"), technologies, out var bands) is { } fError)
            return Reject("bands_mhz", $"cột {Column("bands_mhz").Vi}: {fError.Vi}", $"column {Column("bands_mhz").En}: {fError.En}");

        DateOnly? onAir = null;
        if (field("on_air") is { } dateText)
        {
            if (!TryDate(dateText, out var date))
                return Reject(
                    "on_air",
                    $"cột {Column("on_air").Vi}: không đọc được \"{dateText}\" thành ngày (ghi ngày/tháng/năm, ví dụ 15/03/2021).",
                    $"column {Column("on_air").En}: cannot read \"{dateText}\" as a date (day/month/year, e.g. 15/03/2021)."
                );
            onAir = date;
        }

        return DeclarationRow.Accepted(
            new DeclaredStructure(
                row,
                field("structure_id"),
                code,
                Points.CreatePoint(new Coordinate(location.LonDeg, location.LatDeg)),
                poleClass,
                height,
                camouflaged,
                double.IsNaN(building) ? null : building,
                double.IsNaN(backup) ? null : backup,
                [.. technologies.Select((t, i) => new Installation(carrier, t, sectors[i], bands[i], []))],
                onAir
            )
        );
    }

    /// <summary>One count for all, or one per technology; each 1…<see cref="MaxSectors"/>. Blank: three, the usual site.</summary>
    private static (string Vi, string En)? Sectors(string? text, int technologies, out int[] sectors)
    {
        sectors = [.. Enumerable.Repeat(3, technologies)];
        if (text is null)
            return null;
        var parts = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        var counts = new List<int>();
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxSectors)
                return ($"\"{p}\" không phải số sector từ 1 đến {MaxSectors}.", $"\"{p}\" is not a sector count from 1 to {MaxSectors}.");
            counts.Add(n);
        }
        if (counts.Count == 1)
            sectors = [.. Enumerable.Repeat(counts[0], technologies)];
        else if (counts.Count == technologies)
            sectors = [.. counts];
        else
            return (
                $"ghi {counts.Count} số cho {technologies} công nghệ; ghi một số chung hoặc mỗi công nghệ một số, theo thứ tự cột Công nghệ.",
                $"{counts.Count} counts for {technologies} technologies; give one count for all or one per technology, in their order."
            );
        return null;
    }

    /// <summary>Each technology's bands, MHz ascending: groups by ";", each "4G: 1800/2100" or in the technologies' order.</summary>
    private static (string Vi, string En)? Bands(string? text, List<Technology> technologies, out IReadOnlyList<double>[] bands)
    {
        var result = technologies.Select(_ => (IReadOnlyList<double>)[]).ToArray();
        bands = result;
        if (text is null)
            return null;
        var groups = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var named = groups.Any(g => g.Contains(':', StringComparison.Ordinal));
        if (!named && groups.Length != technologies.Count)
            return (
                $"ghi băng tần cho từng công nghệ, cách nhau bằng dấu chấm phẩy, ví dụ \"2G: 900; 4G: 1800/2100\" ({groups.Length} nhóm cho {technologies.Count} công nghệ).",
                $"give each technology's bands separated by ';', e.g. \"2G: 900; 4G: 1800/2100\" ({groups.Length} groups for {technologies.Count} technologies)."
            );
        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            var index = g;
            if (named)
            {
                var colon = group.IndexOf(':', StringComparison.Ordinal);
                var name = colon < 0 ? "" : group[..colon].Trim();
                if (TryTechnology(name) is not { } t || !technologies.Contains(t))
                    return (
                        $"nhóm \"{group}\" không ghi công nghệ nào trong cột Công nghệ (ghi ví dụ \"4G: 1800/2100\").",
                        $"the group \"{group}\" names no technology of the technologies column (write e.g. \"4G: 1800/2100\")."
                    );
                index = technologies.IndexOf(t);
                group = group[(colon + 1)..];
            }
            var values = new List<double>();
            foreach (var p in group.Split(BandSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var number = p.EndsWith("MHz", StringComparison.OrdinalIgnoreCase) ? p[..^3] : p;
                if (
                    !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz)
                    || mhz < MinBandMhz
                    || mhz > MaxBandMhz
                )
                    return (
                        $"\"{p}\" không phải băng tần từ {MinBandMhz:0} đến {MaxBandMhz:0} MHz.",
                        $"\"{p}\" is not a band from {MinBandMhz:0} to {MaxBandMhz:0} MHz."
                    );
                values.Add(mhz);
            }
            result[index] = [.. values.Distinct().Order()];
        }
        return null;
    }

    private static Technology? TryTechnology(string text)
    {
        try
        {
            return Infrastructure.Technologies.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static (string Vi, string En)? Number(
        Func<string, string?> field,
        string name,
        double min,
        double max,
        bool required,
        out double value
    )
    {
        value = double.NaN;
        var (vi, en) = (DeclarationColumns.HeaderVi(name), DeclarationColumns.HeaderEn(name));
        var text = field(name);
        if (text is null)
            return required ? ($"cột {vi}: chưa điền.", $"column {en}: no value given.") : null;
        return RowCells.Number(text, min, max, out value) is { } p ? ($"cột {vi}: {p.Vi}", $"column {en}: {p.En}") : null;
    }

    /// <summary>Day/month/year as Vietnamese sheets write it, or ISO 8601; years before mobile networks (1990) or after 2100 are typing errors.</summary>
    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1990 and <= 2100;

    private static bool SameCarrier(string named, string carrier)
    {
        var n = named.Trim();
        // VinaPhone is VNPT's mobile brand; a sheet may use either name.
        if (n.Equals("VinaPhone", StringComparison.OrdinalIgnoreCase))
            n = "VNPT";
        return n.Equals(carrier, StringComparison.OrdinalIgnoreCase);
    }

    private static string Lower(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
