using System.Globalization;
using System.Text.Json;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Storage.Import;

/// <summary>
/// One source value turned into a layer property of the type data/README.md fixes (<see cref="FieldKind"/>): text, a number
/// with its bounds (a decimal comma read), a whole number, yes/no in Vietnamese or English, a date, one of the layer's codes
/// (also from the Vietnamese words departments use for them), pole classes, carriers, sectors. Failures are results, worded in
/// Vietnamese and English with the property's Vietnamese name.
/// </summary>
public static class FieldValue
{
    private const char Pipe = '|';
    private static readonly string[] SectorFields = ["azimuth_deg", "frequency_mhz", "eirp_dbm", "technology", "antenna_height_m"];

    public static (object? Value, (string Vi, string En)? Error) Convert(LayerField field, object? raw)
    {
        var text = raw switch
        {
            null => null,
            string s => s.Trim(),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => System.Convert.ToString(raw, CultureInfo.InvariantCulture),
        };
        if (string.IsNullOrEmpty(text))
        {
            if (field.Kind == FieldKind.Sectors)
                return (Array.Empty<IReadOnlyList<KeyValuePair<string, object?>>>(), null);
            // data/README.md: shared_with is empty, not null, for a site nobody shares.
            if (field.Kind == FieldKind.CarrierList)
                return ("", null);
            return field.Required ? (null, ($"thiếu {field.LabelVi}.", $"{field.Name} is missing.")) : (null, null);
        }
        switch (field.Kind)
        {
            case FieldKind.Text:
                return (text, null);
            case FieldKind.Number or FieldKind.Integer:
                if (!TryNumber(raw!, text, out var number))
                    return (null, ($"{field.LabelVi} \"{text}\" không phải là số.", $"{field.Name} \"{text}\" is not a number."));
                if (field.Kind == FieldKind.Integer && number != Math.Floor(number))
                    return (null, ($"{field.LabelVi} \"{text}\" phải là số nguyên.", $"{field.Name} \"{text}\" must be a whole number."));
                if (
                    (field.MinExclusive is { } gt && number <= gt)
                    || (field.MinInclusive is { } ge && number < ge)
                    || (field.MaxInclusive is { } le && number > le)
                )
                    return (
                        null,
                        (
                            $"{field.LabelVi} {Show(number)} nằm ngoài giới hạn {Bounds(field)}.",
                            $"{field.Name} {Show(number)} is outside {Bounds(field)}."
                        )
                    );
                return (field.Kind == FieldKind.Integer ? (long)number : number, null);
            case FieldKind.Boolean:
                return SubmissionColumns.Key(text) switch
                {
                    "true" or "1" or "co" or "x" or "yes" or "y" or "t" or "dung" => (true, null),
                    "false" or "0" or "khong" or "no" or "n" or "f" or "sai" => (false, null),
                    _ => (null, ($"{field.LabelVi} \"{text}\" phải là có hoặc không.", $"{field.Name} \"{text}\" must be yes or no.")),
                };
            case FieldKind.Date:
                if (raw is DateTime dt)
                    return (DateOnly.FromDateTime(dt), null);
                string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];
                return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (date, null)
                    : (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không phải là ngày (năm-tháng-ngày hoặc ngày/tháng/năm).",
                            $"{field.Name} \"{text}\" is not a date."
                        )
                    );
            case FieldKind.Choice:
                var choices = field.Choices!;
                var chosen = ChoiceNames.CodeFor(text, choices);
                return chosen is not null
                    ? (chosen, null)
                    : (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không phải là {ChoiceNames.VietnameseList(choices)} (thêm vào bảng giá trị trong tệp ánh xạ).",
                            $"{field.Name} \"{text}\" is not {ChoiceNames.EnglishList(choices)} (add it to the mapping's value map)."
                        )
                    );
            case FieldKind.PoleClass:
                return PoleClasses.TryParse(text, out var pole)
                    ? (pole.ToString(), null)
                    : (
                        null,
                        (
                            $"loại cột \"{text}\" không phải A1a, A1b, A2a, A2b hay A2c (thêm vào bảng giá trị trong tệp ánh xạ).",
                            $"pole class \"{text}\" is not A1a, A1b, A2a, A2b or A2c (add it to the mapping's value map)."
                        )
                    );
            case FieldKind.PoleClasses:
                try
                {
                    return (PoleClassSet.Parse(text.Replace(';', ',').Replace(Pipe, ',')).ToString(), null);
                }
                catch (FormatException)
                {
                    return (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không đọc được (ví dụ A1a|A1b, A2, *).",
                            $"{field.Name} \"{text}\" cannot be read (e.g. A1a|A1b, A2, *)."
                        )
                    );
                }
            case FieldKind.CarrierList:
                var carriers = text.Split([Pipe, ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return (string.Join(Pipe, carriers), null);
            case FieldKind.Sectors:
                return Sectors(text);
            default:
                throw new InvalidOperationException($"Unhandled field kind {field.Kind}.");
        }
    }

    private static bool TryNumber(object raw, string text, out double number)
    {
        switch (raw)
        {
            case double d:
                number = d;
                return true;
            case long or int or decimal or float:
                number = System.Convert.ToDouble(raw, CultureInfo.InvariantCulture);
                return true;
        }
        // "10,5" as Vietnamese write a decimal; "1.234,5" with a thousands point.
        var t = text.Replace(" ", "", StringComparison.Ordinal);
        if (t.Contains(',') && !t.Contains('.'))
            t = t.Replace(',', '.');
        else if (t.Contains(',') && t.LastIndexOf(',') > t.LastIndexOf('.'))
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    private static (object?, (string, string)?) Sectors(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new JsonException();
            var list = new List<IReadOnlyList<KeyValuePair<string, object?>>>();
            foreach (var s in doc.RootElement.EnumerateArray())
            {
                list.Add([
                    .. SectorFields.Select(n => new KeyValuePair<string, object?>(
                        n,
                        s.TryGetProperty(n, out var v) ? GeoJsonSource.Value(v) : null
                    )),
                ]);
            }
            return (list, null);
        }
        catch (JsonException)
        {
            return (
                null,
                (
                    "các sector phải là một mảng JSON [{azimuth_deg, frequency_mhz, eirp_dbm, technology, antenna_height_m}].",
                    "sectors must be a JSON array of {azimuth_deg, frequency_mhz, eirp_dbm, technology, antenna_height_m}."
                )
            );
        }
    }

    private static string Show(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Bounds(LayerField f) =>
        string.Join(
            ", ",
            new[]
            {
                f.MinExclusive is { } gt ? $"> {Show(gt)}" : null,
                f.MinInclusive is { } ge ? $"≥ {Show(ge)}" : null,
                f.MaxInclusive is { } le ? $"≤ {Show(le)}" : null,
            }.OfType<string>()
        );
}
