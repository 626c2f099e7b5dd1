using System.CommandLine;

namespace TelecomGis.Cli;

/// <summary>
/// The language the tool speaks: Vietnamese (the department's and carriers' language) unless <c>--lang en</c> is given anywhere on
/// the command line. It is read from the arguments before the commands are built, because their help texts are fixed when built.
/// Tables a person opens in a spreadsheet (CSV) follow it too; data written for other programs (JSON keys, GeoJSON, GeoTIFFs) is the
/// same in both languages.
/// </summary>
internal static class CliText
{
    public static bool English { get; private set; }

    /// <summary>The text in the chosen language.</summary>
    public static string T(string vi, string en) => English ? en : vi;

    /// <summary>
    /// How numbers are written in the chosen language ("1.054" in Vietnamese, "1,054" in English): for text that reads the same in
    /// both but for its numbers, <c>string.Create(CliText.Culture, $"…")</c>.
    /// </summary>
    public static System.Globalization.CultureInfo Culture =>
        English ? System.Globalization.CultureInfo.InvariantCulture : InVietnamese.Culture;

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
    /// A parse error (the parser words them in English) said in Vietnamese: each of System.CommandLine's error messages
    /// (its Resources, 2.0.0), matched by its English form; an unknown one stays English. System.CommandLine ships no Vietnamese
    /// resources.
    /// </summary>
    public static string ParseError(string message)
    {
        if (English)
            return message;
        foreach (var (english, vietnamese) in ParseErrorForms.All)
        {
            var m = english.Match(message);
            if (m.Success)
                return string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    vietnamese,
                    [.. m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value)]
                );
        }
        return message;
    }

    // The parser's messages, most specific first ({0}, {1}… in its English become the groups the Vietnamese takes). In a class of
    // their own so that their patterns are built when a parse error is said, not on every run, which reads CliText first.
    private static class ParseErrorForms
    {
        public static readonly (System.Text.RegularExpressions.Regex English, string Vietnamese)[] All =
        [
            Error(
                "Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
                "Không đọc được giá trị '{0}' của tùy chọn {1}; có phải là một trong:{3}"
            ),
            Error("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.", "Không đọc được giá trị '{0}' của tùy chọn {1}."),
            Error(
                "Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
                "Không đọc được giá trị '{0}' của lệnh {1}; có phải là một trong:{3}"
            ),
            Error("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.", "Không đọc được giá trị '{0}' của lệnh {1}."),
            Error("Cannot parse argument '{0}' as expected type '{1}'.", "Không đọc được giá trị '{0}'."),
            Error("Required argument missing for command: '{0}'.", "Lệnh {0} còn thiếu tham số."),
            Error("Required argument missing for option: '{0}'.", "Tùy chọn {0} chưa có giá trị."),
            Error("Option '{0}' is required.", "Thiếu tùy chọn bắt buộc {0}."),
            Error(
                "Option '{0}' expects a single argument but {1} were provided.",
                "Tùy chọn {0} chỉ nhận một giá trị, nhưng được cho {1} giá trị."
            ),
            Error("Required command was not provided.", "Chưa chọn lệnh (xem --help)."),
            Error("Unrecognized command or argument '{0}'.", "Không nhận ra lệnh hoặc tham số '{0}'."),
            Error("Argument '{0}' not recognized. Must be one of:{1}", "Giá trị '{0}' không hợp lệ; chọn một trong:{1}"),
            Error("'{0}' was not matched. Did you mean one of the following?", "Không nhận ra '{0}'. Có phải là một trong những lệnh sau?"),
            Error("Directory does not exist: '{0}'.", "Không có thư mục '{0}'."),
            Error("File does not exist: '{0}'.", "Không có tệp '{0}'."),
            Error("File or directory does not exist: '{0}'.", "Không có tệp hay thư mục '{0}'."),
            Error("Character not allowed in a file name: '{0}'.", "Tên tệp có ký tự không được dùng: '{0}'."),
            Error("Character not allowed in a path: '{0}'.", "Đường dẫn có ký tự không được dùng: '{0}'."),
            Error("Response file not found '{0}'.", "Không tìm thấy tệp tham số '{0}'."),
            Error("Error reading response file '{0}': {1}", "Không đọc được tệp tham số '{0}': {1}"),
            Error("{0} option cannot be combined with other arguments.", "Tùy chọn {0} không dùng kèm tham số khác."),
        ];
    }

    private static (System.Text.RegularExpressions.Regex, string) Error(string english, string vietnamese) =>
        (
            new System.Text.RegularExpressions.Regex(
                "^"
                    + System.Text.RegularExpressions.Regex.Replace(
                        System.Text.RegularExpressions.Regex.Escape(english),
                        @"\\\{(\d)}",
                        "(.*?)"
                    )
                    + "$",
                System.Text.RegularExpressions.RegexOptions.Singleline
            ),
            vietnamese
        );
}
