using System.Globalization;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.PostGis;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// The test assembly's own entry point (GenerateProgramFile is off), run as a child process by the kill -9 tests:
/// <c>dotnet TelecomGis.Storage.Tests.dll save-batch geopackage|postgis LOCATION PLAN_HASH KEY ROWS</c> saves one batch slowly,
/// printing "row N" as each row goes in, so that the parent can kill it mid-batch.
/// </summary>
public static class KillTarget
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["save-batch", var kind, var location, var hash, var key, var count])
        {
            await Console.Error.WriteLineAsync("usage: save-batch geopackage|postgis LOCATION PLAN_HASH KEY ROWS");
            return 2;
        }
        await using IAppraisalStore store =
            kind == "geopackage" ? await GeoPackageStore.OpenAsync(location) : await PostGisStore.OpenAsync(location);
        var version = new PlanVersion(hash);
        await store.SaveSubmissionAsync(
            new NewSubmission(key, "Viettel", "u-kill", DateTimeOffset.UtcNow, version),
            Slowly(version, int.Parse(count, CultureInfo.InvariantCulture))
        );
        Console.WriteLine("committed");
        return 0;
    }

    private static IEnumerable<Core.Appraisal.Submissions.RowOutcome> Slowly(PlanVersion version, int count)
    {
        // The raw stream, written and flushed per row: the parent must see each row as it goes, not a buffer's worth at a time.
        using var stdout = Console.OpenStandardOutput();
        foreach (var row in SampleRows.For("Viettel", version, count))
        {
            stdout.Write(System.Text.Encoding.ASCII.GetBytes($"row {row.Row.Row}\n"));
            stdout.Flush();
            Thread.Sleep(2);
            yield return row;
        }
    }
}
