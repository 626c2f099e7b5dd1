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
                TelecomGis.Storage.Submissions.SubmissionFileException f => CliText.T(f.MessageVi, f.Message),
                TelecomGis.Storage.Import.ImportFileException i => CliText.T(i.MessageVi, i.Message),
                TelecomGis.Storage.Bundle.PlanBundleException b => CliText.T(b.MessageVi ?? b.Message, b.Message),
                _ => e.Message,
            };
            Console.Error.WriteLine(CliText.T($"lỗi: {message}", $"error: {message}"));
            return ExitCode;
        }
    }
}
