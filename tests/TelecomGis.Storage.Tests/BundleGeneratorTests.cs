using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests;

public sealed class BundleGeneratorTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    [Fact]
    public void TheSameSeedGivesIdenticalBytesAndTheSamePlanVersion()
    {
        var again = TestPaths.NewTempDir();
        try
        {
            var plan = BundleGenerator.Generate(TestPaths.SharedData, again);
            AssertSameFiles(fixture.Folder!, again);
            Assert.Equal(fixture.Plan!.Version, plan.Version);
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void ADifferentSeedGivesDifferentSyntheticLayersButTheSameRealOnes()
    {
        var other = TestPaths.NewTempDir();
        try
        {
            var plan = BundleGenerator.Generate(TestPaths.SharedData, other, seed: 7);
            Assert.NotEqual(fixture.Plan!.Version, plan.Version);
            Assert.NotEqual(Bytes(fixture.Folder!, BundleFiles.Sites), Bytes(other, BundleFiles.Sites));
            Assert.NotEqual(Bytes(fixture.Folder!, BundleFiles.PlannedPositions), Bytes(other, BundleFiles.PlannedPositions));
            Assert.Equal(Bytes(fixture.Folder!, BundleFiles.Communes), Bytes(other, BundleFiles.Communes));
            Assert.Equal(Bytes(fixture.Folder!, BundleFiles.Runways), Bytes(other, BundleFiles.Runways));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void TheCommittedBundleIsExactlyWhatTheGeneratorWritesWithSeed2015()
    {
        AssertSameFiles(TestPaths.CommittedBundle, fixture.Folder!);
        Assert.Equal(PlanBundleReader.Read(TestPaths.CommittedBundle).Version, fixture.Plan!.Version);
    }

    [Fact]
    public void WritingAPlanThatWasReadBackGivesTheSameBytes()
    {
        var copy = TestPaths.NewTempDir();
        try
        {
            var undergrounding = BundleLayer
                .Parse(BundleFiles.UndergroundingZones, Bytes(fixture.Folder!, BundleFiles.UndergroundingZones))
                .Select(f => new LayerFeature(
                    f.Id!,
                    f.Geometry,
                    [PlanBundleWriter.P("id", f.Id), PlanBundleWriter.P("name", f.String("name"))]
                ));
            PlanBundleWriter.Write(fixture.Plan!, copy, undergrounding);
            AssertSameFiles(fixture.Folder!, copy);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path.Combine(folder, file));

    private static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = Directory
            .GetFiles(expectedFolder)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = Directory.GetFiles(actualFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var name in expected)
            Assert.True(Bytes(expectedFolder, name!).AsSpan().SequenceEqual(Bytes(actualFolder, name!)), $"{name} differs");
    }
}
