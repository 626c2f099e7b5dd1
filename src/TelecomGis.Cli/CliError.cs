namespace TelecomGis.Cli;

/// <summary>A problem that stops a command: printed as one line on stderr, with exit code 1.</summary>
internal sealed class CliError(string message) : Exception(message)
{
    /// <summary>A problem worded in both languages; the tool prints the one <see cref="CliText"/> chose.</summary>
    public CliError(string vi, string en)
        : this(CliText.T(vi, en)) { }

    /// <summary>The same, its Vietnamese numbers written as Vietnamese writes them.</summary>
    public CliError(InVietnamese vi, string en)
        : this(CliText.T(vi, en)) { }

    public const int ExitCode = 1;

    /// <summary>Runs a command body and turns expected failures into a message and an exit code instead of a stack trace.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
            when (e
                    is CliError
                        or TelecomGis.Storage.Bundle.PlanBundleException
                        or TelecomGis.Storage.Submissions.SubmissionFileException
                        or TelecomGis.Storage.Import.ImportFileException
                        or IOException
                        or UnauthorizedAccessException
                        or FormatException
            )
        {
            var message = e switch
            {
                TelecomGis.Storage.Submissions.SubmissionFileException f => CliText.T(AfterErrorWord(f.MessageVi), f.Message),
                TelecomGis.Storage.Import.ImportFileException i => CliText.T(i.MessageVi, i.Message),
                TelecomGis.Storage.Bundle.PlanBundleException b => CliText.T(b.MessageVi ?? b.Message, b.Message),
                IOException or UnauthorizedAccessException => FileProblem(e),
                _ => e.Message,
            };
            Console.Error.WriteLine(CliText.T($"lỗi: {message}", $"error: {message}"));
            return ExitCode;
        }
    }

    /// <summary>
    /// A Vietnamese sentence written to stand alone (the API shows it so: "Không đọc được tệp …", "Tệp có …") as it reads after
    /// "lỗi: ", where every message of the tool goes on in lower case. Only for messages that begin with a common word, never
    /// with a file's or a place's name, whose case is its own.
    /// </summary>
    internal static string AfterErrorWord(string sentence) =>
        sentence.Length == 0 ? sentence : string.Concat(char.ToLowerInvariant(sentence[0]).ToString(), sentence.AsSpan(1));

    /// <summary>
    /// A file the system would not read or write, said in the user's language: the runtime's messages are English and name the
    /// temporary ".partial" file a result is written to before it is renamed, not the file the user asked for.
    /// </summary>
    private static string FileProblem(Exception e)
    {
        var quoted = System.Text.RegularExpressions.Regex.Match(e.Message, "'(?<p>[^']+)'");
        var path = (e as FileNotFoundException)?.FileName ?? (quoted.Success ? quoted.Groups["p"].Value : null);
        if (path is not null && path.EndsWith(".partial", StringComparison.Ordinal))
            path = path[..^".partial".Length];
        var english = path is null ? e.Message : e.Message.Replace(path + ".partial", path, StringComparison.Ordinal);
        return e switch
        {
            _ when path is not null && Directory.Exists(path) => CliText.T(
                $"'{path}' là một thư mục, không phải tệp; hãy ghi cả tên tệp.",
                english
            ),
            FileNotFoundException when path is not null => CliText.T($"không có tệp '{path}'.", english),
            DirectoryNotFoundException when path is not null => CliText.T(
                $"không có thư mục '{Path.GetDirectoryName(path)}' (để đọc hoặc ghi '{Path.GetFileName(path)}').",
                english
            ),
            UnauthorizedAccessException when path is not null => CliText.T($"không có quyền đọc hoặc ghi '{path}'.", english),
            PathTooLongException => CliText.T("đường dẫn tệp quá dài.", english),
            _ when path is not null => CliText.T($"không đọc hoặc ghi được '{path}' (ổ đĩa đầy, tệp đang bị khóa hoặc lỗi đĩa).", english),
            _ => CliText.T("không đọc hoặc ghi được tệp (ổ đĩa đầy, tệp đang bị khóa hoặc lỗi đĩa).", english),
        };
    }
}
