using System.Text.Json.Nodes;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests;

/// <summary>The memory of bundle versions this build already found valid, which lets the CLI skip the polygons' validity check.</summary>
public sealed class ValidatedPlansTests : IDisposable
{
    private readonly string _bundle = TestPaths.NewTempDir();
    private readonly string _cache = TestPaths.NewTempDir();

    public ValidatedPlansTests()
    {
        foreach (var file in Directory.GetFiles(TestPaths.CommittedBundle))
            File.Copy(file, Path.Combine(_bundle, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        Directory.Delete(_bundle, recursive: true);
        Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void AValidBundleIsRememberedByItsVersion_AndReadsTheSameWhenRemembered()
    {
        var memory = new ValidatedPlans(_cache);
        var first = PlanBundleReader.Read(_bundle, memory);
        Assert.True(memory.Knows(first.Version));

        var second = PlanBundleReader.Read(_bundle, memory);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Communes.Count, second.Communes.Count);
        Assert.True(first.Province.Boundary.EqualsExact(second.Province.Boundary));
        Assert.True(first.Communes[^1].Boundary.EqualsExact(second.Communes[^1].Boundary));
    }

    [Fact]
    public void AnInvalidBundleIsNeverRemembered_AndIsRefusedEveryTime()
    {
        MakeRestrictedAreaSelfIntersect();
        var memory = new ValidatedPlans(_cache);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var e = Assert.Throws<PlanBundleException>(() => PlanBundleReader.Read(_bundle, memory));
            Assert.Contains("geometry is not valid", e.Message, StringComparison.Ordinal);
        }
        Assert.False(memory.Knows(VersionOfFolder()));
    }

    [Fact]
    public void ARememberedVersionIsNotCheckedAgain()
    {
        // What the memory promises is that a version it holds is trusted as it is: the same bytes, read by the same build, once
        // passed. Planting the invalid bundle's version shows that the check is really skipped (and why the memory is keyed by
        // every byte of the bundle, and kept per build).
        MakeRestrictedAreaSelfIntersect();
        var memory = new ValidatedPlans(_cache);
        memory.Remember(VersionOfFolder(), "planted by the test");

        var plan = PlanBundleReader.Read(_bundle, memory);
        Assert.False(plan.RestrictedAreas[0].Geometry.IsValid);
    }

    [Fact]
    public void AnEditedBundleIsANewVersion_CheckedAfresh()
    {
        var memory = new ValidatedPlans(_cache);
        PlanBundleReader.Read(_bundle, memory);
        MakeRestrictedAreaSelfIntersect();
        Assert.Throws<PlanBundleException>(() => PlanBundleReader.Read(_bundle, memory));
    }

    [Fact]
    public void OtherBuildsMemoriesAreLetGo_WhenThisBuildRemembersOne()
    {
        var stale = Path.Combine(_cache, "validated-plans", "0123456789abcdef");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, new string('a', 64)), "an older build's memory\n");

        PlanBundleReader.Read(_bundle, new ValidatedPlans(_cache));

        var builds = Directory.GetDirectories(Path.Combine(_cache, "validated-plans"));
        Assert.Single(builds);
        Assert.NotEqual(stale, builds[0]);
        Assert.Single(Directory.GetFiles(builds[0]));
    }

    [Fact]
    public void ACacheFolderThatCannotBeWritten_OnlyMeansCheckingAgain()
    {
        // A file where the folder should be: creating the folder fails, the read still succeeds.
        var blocked = Path.Combine(_cache, "blocked");
        File.WriteAllText(blocked, "");
        var memory = new ValidatedPlans(blocked);
        var plan = PlanBundleReader.Read(_bundle, memory);
        Assert.False(memory.Knows(plan.Version));
    }

    private void MakeRestrictedAreaSelfIntersect()
    {
        var path = Path.Combine(_bundle, "restricted-areas.geojson");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        root["features"]![0]!["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[107.9,21.5],[108.0,21.6],[108.0,21.5],[107.9,21.6],[107.9,21.5]]]}"""
        );
        File.WriteAllText(path, root.ToJsonString());
    }

    // The bundle's version as the reader computes it: every *.geojson, *.json and *.csv file by name and bytes.
    private PlanVersion VersionOfFolder() =>
        PlanVersion.FromInputs(
            Directory
                .GetFiles(_bundle)
                .Where(f => Path.GetExtension(f) is ".geojson" or ".json" or ".csv")
                .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
        );
}
