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
                    return work(new Reporter(done => task.Value = done));
                });
        }

        var lastTenth = 0;
        var gate = new object();
        return work(
            new Reporter(done =>
            {
                var tenth = (int)(10L * done / total);
                lock (gate)
                {
                    if (tenth <= lastTenth)
                        return;
                    lastTenth = tenth;
                }
                Console.Error.WriteLine($"{label}: {done:N0}/{total:N0} ({tenth * 10}%)");
            })
        );
    }

    /// <summary>Reports synchronously on the worker's thread (Progress&lt;T&gt; would post to a context that a console app lacks).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
