using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.RegularExpressions;

namespace TelecomGis.Cli;

/// <summary>
/// The help page in Vietnamese. System.CommandLine ships no Vietnamese resources, so its own headings ("Usage:", "Options:"),
/// labels ("(REQUIRED)", "[default: …]") and the placeholders it makes from option names ("--plan &lt;plan&gt;") would stay
/// English on a Vietnamese page. The placeholders are named before the page is laid out, by what an option takes (a file, a
/// folder, a date, a number); the headings and labels are translated in the page as written. Their lengths may differ from the
/// English: the labels sit at the ends of lines, and "(bắt buộc)" is as long as "(REQUIRED)", so the columns stay aligned.
/// </summary>
internal static partial class VietnameseHelp
{
    /// <summary>
    /// Names each option's value on the page by what it takes, where the command did not name it and the parser would not list
    /// its choices (as it lists "&lt;en|vi&gt;"): "--plan &lt;thư mục&gt;", "--out &lt;tệp&gt;", "--date &lt;ngày&gt;".
    /// </summary>
    public static void NamePlaceholders(Command command)
    {
        foreach (var option in command.Options)
        {
            if (option.HelpName is not null || option.ValueType == typeof(bool))
                continue;
            if (option.GetCompletions(CompletionContext.Empty).Any())
                continue;
            option.HelpName = Placeholder(option, command);
        }
        foreach (var sub in command.Subcommands)
            NamePlaceholders(sub);
    }

    private static string? Placeholder(Option option, Command command)
    {
        // Text options are named by what they hold; "convert" takes coordinate systems where the other commands take dates.
        if (option.ValueType == typeof(string))
            return (command.Name, option.Name) switch
            {
                ("convert", "--from" or "--to") => "hệ tọa độ",
                (_, "--from" or "--to") => "ngày",
                _ => TextPlaceholders.GetValueOrDefault(option.Name, "giá trị"),
            };
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (type == typeof(FileInfo) || type == typeof(FileInfo[]))
            return "tệp";
        if (type == typeof(DirectoryInfo))
            return "thư mục";
        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
            return "ngày";
        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal))
            return "số";
        if (type == typeof(int[]) || type == typeof(double[]) || type == typeof(List<double>) || type == typeof(List<int>))
            return "các số";
        return null;
    }

    private static readonly Dictionary<string, string> TextPlaceholders = new(StringComparer.Ordinal)
    {
        ["--store"] = "kho",
        ["--transformation"] = "phép chuyển đổi",
        ["--province"] = "mã tỉnh",
        ["--thresholds"] = "ngưỡng",
        ["--failed-sites"] = "mã trạm",
        ["--carrier"] = "doanh nghiệp",
        ["--layer"] = "lớp",
        ["--source-layer"] = "lớp nguồn",
        ["--srs"] = "hệ tọa độ",
        ["--encoding"] = "bảng mã",
        ["--period"] = "kỳ",
    };

    /// <summary>The page as the parser wrote it, its headings and labels in Vietnamese.</summary>
    public static string Translate(string page)
    {
        var lines = page.Split('\n');
        var inUsage = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Headings.TryGetValue(line, out var heading))
            {
                inUsage = line == "Usage:";
                lines[i] = lines[i].Replace(line, heading, StringComparison.Ordinal);
                continue;
            }
            if (line.Length == 0)
                inUsage = false;
            if (inUsage)
                lines[i] = lines[i]
                    .Replace("[command]", "[lệnh]", StringComparison.Ordinal)
                    .Replace("[options]", "[tùy chọn]", StringComparison.Ordinal);
            lines[i] = DefaultLabel().Replace(lines[i].Replace("(REQUIRED)", "(bắt buộc)", StringComparison.Ordinal), "[mặc định: $1]");
        }
        return string.Join('\n', lines);
    }

    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        ["Description:"] = "Mô tả:",
        ["Usage:"] = "Cách dùng:",
        ["Arguments:"] = "Tham số:",
        ["Options:"] = "Tùy chọn:",
        ["Commands:"] = "Lệnh:",
        ["Additional Arguments:"] = "Tham số thêm:",
    };

    [GeneratedRegex(@"\[default: (.*?)\]")]
    private static partial Regex DefaultLabel();
}
