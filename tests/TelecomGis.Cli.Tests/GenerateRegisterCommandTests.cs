using System.Text.Json;

namespace TelecomGis.Cli.Tests;

/// <summary><c>generate register</c>: a synthetic register as GeoJSON, and one clear line for bad input.</summary>
public class GenerateRegisterCommandTests
{
    [Fact]
    public void WritesTheRegisterAndSaysHowManyAreShared()
    {
        var file = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.geojson");
        try
        {
            var r = CliRunner.Run(
                null,
                "generate",
                "register",
                "--plan",
                CliRunner.QuangNinh,
                "--count",
                "400",
                "--out",
                file,
                "--lang",
                "en"
            );
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Matches(@"400 structures written to .*: \d+ shared \(\d+\.\d %\)", r.Stderr);
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var features = json.RootElement.GetProperty("features");
            Assert.Equal(400, features.GetArrayLength());
            Assert.All(features.EnumerateArray(), f => Assert.True(f.GetProperty("properties").TryGetProperty("standing", out _)));
            Assert.False(File.Exists(file + ".partial"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ANegativeCountIsOneLineAndANonZeroExit()
    {
        var r = CliRunner.Run(
            null,
            "generate",
            "register",
            "--plan",
            CliRunner.QuangNinh,
            "--count",
            "-1",
            "--out",
            Path.Combine(Path.GetTempPath(), "never.geojson"),
            "--lang",
            "en"
        );
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("error: --count must be 0 or more.", r.Stderr.Trim());
    }
}
