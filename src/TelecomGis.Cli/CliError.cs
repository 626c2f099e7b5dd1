namespace TelecomGis.Cli;

/// <summary>A problem that stops a command: printed as one line on stderr, with exit code 1.</summary>
internal sealed class CliError(string message) : Exception(message)
{
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
                        or IOException
                        or UnauthorizedAccessException
                        or FormatException
            )
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode;
        }
    }
}
