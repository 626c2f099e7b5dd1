using System.CommandLine;
using TelecomGis.Cli.Output;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>template --out FILE.xlsx|FILE.csv</c>: writes the batch template the API serves at <c>/api/submissions/template</c>
/// (<see cref="SubmissionTemplate"/>), so a carrier without the map, and data/examples, have the same file.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = CliText.T(
                "Tệp mẫu cần ghi: .xlsx (có trang Hướng dẫn) hoặc .csv (UTF-8).",
                "The template to write: .xlsx (with its instructions sheet) or .csv (UTF-8)."
            ),
            Required = true,
        };
        var command = new Command(
            "template",
            CliText.T(
                "Ghi tệp mẫu danh sách trạm đề xuất: tiêu đề cột tiếng Việt, một dòng ví dụ và hướng dẫn.",
                "Write the template of a batch of proposed sites: Vietnamese column headers, an example row and instructions."
            )
        )
        {
            output,
        };
        command.SetAction(parse => CliError.Guard(() => Run(parse.GetValue(output)!)));
        return command;
    }

    private static int Run(FileInfo output)
    {
        FileArgument.MustNotBeAFolder(output, "--out");
        var bytes = output.Extension.ToLowerInvariant() switch
        {
            ".xlsx" => SubmissionTemplate.Xlsx(),
            ".csv" => SubmissionTemplate.Csv(),
            var other => throw new CliError(
                $"--out: không nhận ra định dạng '{other}' (dùng .xlsx hoặc .csv).",
                $"--out: unknown format '{other}' (use .xlsx or .csv)."
            ),
        };
        AtomicFile.Write(output.FullName, s => s.Write(bytes));
        Console.Error.WriteLine(CliText.T($"đã ghi tệp mẫu {output.FullName}", $"wrote the template {output.FullName}"));
        return 0;
    }
}
