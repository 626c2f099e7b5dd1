using System.Text.Json;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;

namespace TelecomGis.Storage.Tests;

/// <summary>The synthetic register (generate register): calibrated sharing, standings, backup power, and a file a reader can take.</summary>
[Collection(CommittedBundleGroup.Name)]
public sealed class RegisterGeneratorTests(CommittedBundleFixture fixture)
{
    [Fact]
    public void TheSameSeedGivesTheSameRegister_AndTheSharingIsThePublishedShare()
    {
        var register = RegisterGenerator.Build(fixture.Plan, 5000, 3);
        Assert.Equal(5000, register.Count);
        Assert.Equal(Bytes(register), Bytes(RegisterGenerator.Build(fixture.Plan, 5000, 3)));
        Assert.Equal(5000, register.Select(s => s.Id).Distinct().Count());
        Assert.InRange(register.Count(s => s.SharedWith.Count > 0) / 5000.0, 0.12, 0.18);
        // Carriers × technologies per structure about Hải Dương's 2,952 BTS on 1,300 positions (2.27).
        var btsPerStructure = register.Average(s => (1 + s.SharedWith.Count) * s.Sectors.Select(x => x.Technology).Distinct().Count());
        Assert.InRange(btsPerStructure, 2.0, 2.6);
        Assert.All(Enum.GetValues<RegisterStatus>().Where(s => s != RegisterStatus.PendingProposal), s =>
            Assert.Contains(register, r => r.Standing.Status == s)
        );
        Assert.All(register.Where(s => s.CriticalSite), s => Assert.InRange(s.BackupPowerHours!.Value, 8, 24));
        Assert.All(register.Where(s => s.PoleClass.IsOnBuilding()), s => Assert.NotNull(s.BuildingHeightM));
        Assert.All(register.Where(s => s.Standing.Status == RegisterStatus.ApprovedNotBuilt), s =>
            Assert.Matches(@"^\d+/SKHCN-BCVT$", s.Standing.LetterNumber!)
        );
    }

    [Fact]
    public void TheRegisterBreaksThePlanWhereOldStructuresWould_AndEveryStructureLiesInTheProvince()
    {
        var register = RegisterGenerator.Build(fixture.Plan, 3000, 5);
        var results = new ConformityCheck(new PlanIndex(fixture.Plan, new DateOnly(2026, 12, 1))).CheckAll(register);
        var failing = results.SelectMany(r => r.Failures).Select(f => f.RuleId).ToHashSet();
        Assert.Contains("R05", failing); // ground towers in towns
        Assert.Contains("R06", failing); // uncamouflaged in the bay
        Assert.InRange(results.Count(r => !r.Conforms) / 3000.0, 0.02, 0.25);
        Assert.True(results.Count(r => !r.Judged) <= 3, "structures are drawn inside the province's communes");
        Assert.All(results.Where(r => r.Failures.Any(f => f.RuleId == "R06")), r =>
            Assert.Equal(new DateOnly(2027, 12, 31), r.EarliestDeadline)
        );
    }

    [Fact]
    public void TheFileIsGeoJsonWithTheBundlesSitePropertiesAndTheRegisters()
    {
        var register = RegisterGenerator.Build(fixture.Plan, 300, 9);
        using var stream = new MemoryStream();
        RegisterFile.Write(register, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var features = json.RootElement.GetProperty("features");
        Assert.Equal(300, features.GetArrayLength());
        var approved = register.First(s => s.Standing.Status == RegisterStatus.ApprovedNotBuilt);
        var feature = features.EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("id").GetString() == approved.Id);
        var p = feature.GetProperty("properties");
        Assert.Equal("approved_not_built", p.GetProperty("standing").GetString());
        Assert.Equal(approved.Standing.LetterNumber, p.GetProperty("letter_number").GetString());
        Assert.Equal(
            approved.Standing.LetterDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.GetProperty("letter_date").GetString()
        );
        Assert.Equal(approved.BackupPowerHours, p.GetProperty("backup_power_h").GetDouble());
        Assert.Equal(approved.PoleClass.ToString(), p.GetProperty("pole_class").GetString());
        Assert.Equal(approved.Location.X, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 6);
    }

    private static byte[] Bytes(IReadOnlyList<Site> register)
    {
        using var stream = new MemoryStream();
        RegisterFile.Write(register, stream);
        return stream.ToArray();
    }
}
