using System.Globalization;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Generator;

namespace TelecomGis.Storage.Tests;

[Collection(CommittedBundleGroup.Name)]
public sealed class ProposalGeneratorTests(CommittedBundleFixture fixture)
{
    private string Generate(int count, int seed, double badRowShare = 0)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ProposalGenerator.Generate(fixture.Plan, count, seed, writer, badRowShare);
        return writer.ToString();
    }

    private static string[] Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void WritesTheHeaderOfDataReadmeAndOneRowPerProposal()
    {
        var lines = Lines(Generate(200, 1));
        Assert.Equal(201, lines.Length);
        Assert.StartsWith("carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id,x,y,epsg,commune_code,building_height_m,ground_elevation_m,eirp_dbm,azimuth_deg",
            lines[0]
        );
    }

    /// <summary>
    /// A bundle whose plan has only its default zone (no urban, bay or heritage zone: Hải Phòng's, Vĩnh Long's) gets proposals too;
    /// <c>generate history</c> on it threw a NullReferenceException. Every row reads back as a site.
    /// </summary>
    [Theory]
    [InlineData("hai-phong")]
    [InlineData("vinh-long")]
    public void ABundleWithOnlyItsDefaultZone_GetsProposalsThatReadBack(string bundle)
    {
        var plan = TelecomGis.Storage.Bundle.PlanBundleReader.Read(Path.Combine(TestPaths.RepositoryRoot, "data", bundle));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ProposalGenerator.Generate(plan, 300, 7, writer);
        var rows = TelecomGis.Storage.Submissions.SubmissionFile.Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writer.ToString())),
            "proposals.csv"
        );
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Rejection));
    }

    [Fact]
    public void TheSameSeedGivesTheSameRowsAndAnotherSeedOthers()
    {
        Assert.Equal(Generate(300, 42), Generate(300, 42));
        Assert.NotEqual(Generate(300, 42), Generate(300, 43));
    }

    [Fact]
    public void TheMixIncludesSharingVn2000AndDmsRowsAndMostlyA2bTowers()
    {
        var rows = Lines(Generate(1000, 5)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[7].StartsWith("QN-S", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2].Length == 0 && r[10] == "5899");
        Assert.Contains(rows, r => r[2].Contains('°', StringComparison.Ordinal));
        Assert.True(rows.Count(r => r[4] == "A2b") > rows.Count / 2);
        Assert.All(rows, r => Assert.True(PoleClasses.TryParse(r[4], out _)));
    }

    [Fact]
    public void WithABadRowShareSomeRowsCarryDefectsTheReaderMustReject()
    {
        var rows = Lines(Generate(400, 9, badRowShare: 0.25)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => !PoleClasses.TryParse(r[4], out _));
        Assert.Contains(rows, r => r[5].StartsWith('-'));
        Assert.InRange(
            rows.Count(r =>
                !PoleClasses.TryParse(r[4], out _)
                || r[5].StartsWith('-')
                || r[3] == "21.5x"
                || (double.TryParse(r[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon < 102)
            ),
            50,
            160
        );
    }
}
