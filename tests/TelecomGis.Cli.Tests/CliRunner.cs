using System.Diagnostics;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// Runs the real command-line tool (telecomgis.dll beside the tests) as a separate process, as a user would; or the executable
/// that the environment variable TELECOMGIS_CLI names.
/// </summary>
public static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string QuangNinh => Path.Combine(RepositoryRoot, "data", "quang-ninh");

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string? stdin, params string[] args) => RunWith(new Dictionary<string, string>(), stdin, args);

    /// <summary>As <see cref="Run"/>, with these environment variables set for the tool.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args)
    {
        var native = NativeExecutable();
        var start = new ProcessStartInfo(native ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        // The tool remembers the plans it found valid in a cache folder: the tests keep theirs apart from the user's.
        start.Environment["TELECOMGIS_CACHE_DIR"] = TestCache;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        if (native is null)
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "telecomgis.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"telecomgis {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// The tool's ahead-of-time (Native AOT) build is offered for large batches; trimming and the lack of a JIT can break
    /// what works under dotnet (reflection, serializers), so the same tests run against that executable when
    /// TELECOMGIS_CLI names it. Unset, the tests run telecomgis.dll. Set to a file that is not there (a publish that failed), every
    /// test fails: a run that quietly fell back to telecomgis.dll would pass for the native build's.
    /// </summary>
    private static string? NativeExecutable() =>
        Environment.GetEnvironmentVariable("TELECOMGIS_CLI") is not { Length: > 0 } path ? null
        : File.Exists(path) ? Path.GetFullPath(path)
        : throw new FileNotFoundException($"TELECOMGIS_CLI names '{path}', which does not exist.", path);

    private static readonly string TestCache = Path.Combine(Path.GetTempPath(), "telecomgis-cli-tests", "cache");

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "telecomgis-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelecomGis.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("TelecomGis.sln not found above the test binaries.");
    }
}
