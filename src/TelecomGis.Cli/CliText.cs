using System.CommandLine;

namespace TelecomGis.Cli;

/// <summary>
/// The language the tool speaks: Vietnamese (the department's and carriers' language) unless <c>--lang en</c> is given anywhere on
/// the command line. It is read from the arguments before the commands are built, because their help texts are fixed when built.
/// Data written for other programs (CSV headers, JSON keys, GeoTIFFs) is the same in both languages.
/// </summary>
internal static class CliText
{
    public static bool English { get; private set; }

    /// <summary>The text in the chosen language.</summary>
    public static string T(string vi, string en) => English ? en : vi;

    /// <summary>The text in the chosen language, the Vietnamese one with Vietnamese numbers and dates.</summary>
    public static string T(InVietnamese vi, string en)
    {
        var text = vi.ToStringAndClear();
        return English ? en : text;
    }

    /// <summary>Picks the language from the arguments: <c>--lang en</c> or <c>--lang=en</c> (any case); anything else is Vietnamese.</summary>
    public static void Choose(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value =
                args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is not null)
                English = value.Equals("en", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The <c>--lang</c> option, on every command, so that the parser accepts it wherever it stands.</summary>
    public static Option<string> Option()
    {
        var option = new Option<string>("--lang")
        {
            Description = T(
                "Ngôn ngữ của thông báo và trợ giúp: vi (mặc định) hoặc en.",
                "Language of messages and help: vi (default) or en."
            ),
            Recursive = true,
            DefaultValueFactory = _ => "vi",
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }

    /// <summary>
    /// A parse error (the parser words them in English) said in Vietnamese where its form is known; the English otherwise.
    /// System.CommandLine ships no Vietnamese resources.
    /// </summary>
    public static string ParseError(string message)
    {
        if (English)
            return message;
        var m = System.Text.RegularExpressions.Regex.Match(message, "^Option '(?<o>[^']+)' is required\\.$");
        if (m.Success)
            return $"Thiếu tùy chọn bắt buộc {m.Groups["o"].Value}.";
        m = System.Text.RegularExpressions.Regex.Match(message, "^Unrecognized command or argument '(?<a>.*)'\\.$");
        if (m.Success)
            return $"Không nhận ra lệnh hoặc tham số '{m.Groups["a"].Value}'.";
        m = System.Text.RegularExpressions.Regex.Match(message, "^Cannot parse argument '(?<v>.*)' for option '(?<o>[^']+)'");
        if (m.Success)
            return $"Không đọc được giá trị '{m.Groups["v"].Value}' của tùy chọn {m.Groups["o"].Value}.";
        m = System.Text.RegularExpressions.Regex.Match(
            message,
            "^Argument '(?<v>.*)' not recognized\\. Must be one of:(?<list>.*)$",
            System.Text.RegularExpressions.RegexOptions.Singleline
        );
        if (m.Success)
            return $"Giá trị '{m.Groups["v"].Value}' không hợp lệ; chọn một trong:{m.Groups["list"].Value}";
        if (message == "Required command was not provided.")
            return "Chưa chọn lệnh (xem --help).";
        return message;
    }
}
