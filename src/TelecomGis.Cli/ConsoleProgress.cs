using Spectre.Console;

namespace TelecomGis.Cli;

/// <summary>
/// A progress bar on stderr for long jobs: Spectre.Console's live bar on a terminal, a line every tenth of the way otherwise
/// (CI logs, pipes), so stdout stays clean for results.
/// </summary>
internal static class ConsoleProgress
{
    public static T Run<T>(string label, int total, Func<IProgress<int>, T> work)
    {
        if (total == 0)
            return work(new Progress<int>());
        if (!Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return console
                .Progress()
                .AutoClear(true)
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(label), maxValue: total);
                    return work(new Reporter<int>(done => task.Value = done));
                });
        }

        var lastTenth = 0;
        return work(
            new Reporter<int>(done =>
            {
                // Without a lock: workers report every few rows, and on two cores a lock's waiters spun for a sixth of a second
                // of a 100,000-row batch (issue 14, item 5). The one worker that moves the tenth on prints it.
                var tenth = (int)(10L * done / total);
                for (var seen = Volatile.Read(ref lastTenth); tenth > seen; seen = Volatile.Read(ref lastTenth))
                {
                    if (Interlocked.CompareExchange(ref lastTenth, tenth, seen) == seen)
                    {
                        // Vietnamese groups thousands with dots, as the label itself does ("100.000 trạm").
                        Console.Error.WriteLine(
                            CliText.T($"{label}: {done:N0}/{total:N0} ({tenth * 10}%)", $"{label}: {done:N0}/{total:N0} ({tenth * 10}%)")
                        );
                        return;
                    }
                }
            })
        );
    }

    /// <summary>
    /// A generator's steps, one line each on stderr in the chosen language, written as they come: on the worker's thread, so the
    /// last step is printed before the command's own summary line, never after it.
    /// </summary>
    public static IProgress<Generator.GenerationStep> Steps() =>
        new Reporter<Generator.GenerationStep>(step => Console.Error.WriteLine(CliText.T(step.Vi, step.En)));

    /// <summary>Reports synchronously on the worker's thread (Progress&lt;T&gt; would post to a context that a console app lacks).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
