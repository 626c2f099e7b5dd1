using System.Text.Json.Nodes;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests;

public sealed class MalformedBundleTests : IDisposable
{
    private readonly string _bundle = TestPaths.NewTempDir();

    public MalformedBundleTests()
    {
        foreach (var file in Directory.GetFiles(TestPaths.CommittedBundle))
            File.Copy(file, Path.Combine(_bundle, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_bundle, recursive: true);

    [Fact]
    public void AMissingPropertyIsReportedWithFileFeatureIndexIdAndProperty()
    {
        EditFeature("zones.geojson", 1, f => f["properties"]!.AsObject().Remove("max_height_m"));
        var e = Refused();
        Assert.Equal("zones.geojson: feature 1 (Z-HALONG-BAY): 'max_height_m' is missing", e.Message);
    }

    [Fact]
    public void APropertyOfTheWrongTypeIsReportedWithWhatWasFound()
    {
        EditFeature("sites.geojson", 0, f => f["properties"]!["height_m"] = "tall");
        var e = Refused();
        Assert.Contains("sites.geojson: feature 0 (QN-S00001): 'height_m' must be a number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownPoleClassIsReportedWithTheProperty()
    {
        EditFeature("sites.geojson", 2, f => f["properties"]!["pole_class"] = "B7");
        var e = Refused();
        Assert.Contains("'pole_class' has an unreadable value 'B7'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASelfIntersectingPolygonIsRejectedAsInvalidGeometry()
    {
        EditFeature("restricted-areas.geojson", 0, f =>
            f["geometry"] = JsonNode.Parse(
                """{"type":"Polygon","coordinates":[[[107.9,21.5],[108.0,21.6],[108.0,21.5],[107.9,21.6],[107.9,21.5]]]}"""
            )
        );
        var e = Refused();
        Assert.StartsWith("restricted-areas.geojson: feature 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("geometry is not valid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJsonIsReportedWithTheFileName()
    {
        File.WriteAllText(Path.Combine(_bundle, "sites.geojson"), """{"type":"FeatureCollection","features":[{"type":"Feature",""");
        var e = Refused();
        Assert.StartsWith("sites.geojson: is not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfSeveralBrokenLayersTheFirstInTheBundlesOrderIsReported()
    {
        // The layers are parsed side by side; the error reported is still the one a reading in turn meets first (communes
        // before sites), whichever finished first, every time.
        foreach (var file in new[] { "post-offices.geojson", "sites.geojson", "communes.geojson" })
            File.WriteAllText(Path.Combine(_bundle, file), """{"type":"FeatureCollection","features":[{"type":"Feature",""");
        for (var i = 0; i < 5; i++)
            Assert.StartsWith("communes.geojson: is not valid JSON", Refused().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonNumericRuleValueIsReportedWithTheRowAndColumn()
    {
        var path = Path.Combine(_bundle, "rules.csv");
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("R11,height_approval,45,", "R11,height_approval,forty-five,", StringComparison.Ordinal)
        );
        var e = Refused();
        Assert.Contains("rules.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("'value' is not a number: 'forty-five'", e.Message, StringComparison.Ordinal);
    }

    // Issue 14: these were imported, and a zero spacing or search step then looped for ever in every appraisal and impact report.
    [Theory]
    [InlineData(
        "R09,spacing_a2b_urban,300,",
        "R09,spacing_a2b_urban,0,",
        "R09.spacing_a2b_urban = 0 is outside the sensible range (above 0 to 10000 m)"
    )]
    [InlineData("R09,spacing_a2b_other,500,", "R09,spacing_a2b_other,-500,", "R09.spacing_a2b_other = -500 is outside the sensible range")]
    [InlineData("WHERE,search_step,25,", "WHERE,search_step,0,", "WHERE.search_step = 0 is outside the sensible range")]
    [InlineData("R11,height_approval,45,", "R11,height_approval,Infinity,", "R11.height_approval: Infinity is not a finite number")]
    [InlineData("R10,conical_height,100,", "R10,conical_height,1e308,", "R10.conical_height = 1E+308 is outside the sensible range")]
    [InlineData("R12,power_density_limit,2,", "R12,power_density_limit,NaN,", "R12.power_density_limit: NaN is not a finite number")]
    public void ARuleValueOutsideItsSensibleRangeIsRefusedNamingTheParameter(string row, string broken, string expected)
    {
        EditRules(rules => rules.Replace(row, broken, StringComparison.Ordinal));
        var e = Refused();
        Assert.StartsWith("rules.csv: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("rules.csv: ", e.MessageVi, StringComparison.Ordinal);
        Assert.Contains(expected.Split(' ')[0].TrimEnd(':'), e.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingAviationRowIsRefusedNamingIt()
    {
        EditRules(rules =>
            string.Join('\n', rules.Split('\n').Where(l => !l.StartsWith("R10,approach_second_slope,", StringComparison.Ordinal)))
        );
        var e = Refused();
        Assert.Equal("rules.csv: R10.approach_second_slope is missing", e.Message);
        Assert.Equal("rules.csv: thiếu tham số R10.approach_second_slope", e.MessageVi);
    }

    [Fact]
    public void AMissingLayerFileIsNamed()
    {
        File.Delete(Path.Combine(_bundle, "runways.geojson"));
        var e = Refused();
        Assert.Equal("runways.geojson: is missing from the bundle", e.Message);
    }

    [Fact]
    public void ADefaultZoneIdThatNoZoneHasIsRejected()
    {
        var path = Path.Combine(_bundle, "plan.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Z-DEFAULT-RURAL", "Z-NOWHERE", StringComparison.Ordinal));
        var e = Refused();
        Assert.Contains("Z-NOWHERE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBundledPlanNamesItsApprovingDecisionAndLegalBases()
    {
        var metadata = PlanBundleReader.Read(_bundle).Metadata;
        Assert.Equal("1234/QĐ-UBND", metadata.Approval!.Number);
        Assert.Equal(new DateOnly(2023, 6, 15), metadata.Approval.Date);
        Assert.Equal("UBND tỉnh Quảng Ninh", metadata.Approval.Authority);
        Assert.StartsWith(
            "Quyết định số 1234/QĐ-UBND ngày 15 tháng 6 năm 2023 của UBND tỉnh Quảng Ninh phê duyệt",
            metadata.Approval.Citation
        );
        Assert.Contains(metadata.LegalBasesOrEmpty, b => b.StartsWith("Luật Viễn thông số 24/2023/QH15", StringComparison.Ordinal));
    }

    [Fact]
    public void APlanJsonWithoutApprovalOrLegalBases_AnOlderBundle_StillReads()
    {
        EditPlanJson(root =>
        {
            root.AsObject().Remove("approval");
            root.AsObject().Remove("legal_bases");
        });
        var metadata = PlanBundleReader.Read(_bundle).Metadata;
        Assert.Null(metadata.Approval);
        Assert.Empty(metadata.LegalBasesOrEmpty);
    }

    [Theory]
    [InlineData("date", "2023-13-40", "approval")]
    [InlineData("authority", " ", "approval")]
    [InlineData("number", "", "approval")]
    public void AnApprovalWithABadDateOrAnEmptyPartIsRejected(string field, string value, string named)
    {
        EditPlanJson(root => root["approval"]![field] = value);
        var e = Refused();
        Assert.StartsWith("plan.json:", e.Message, StringComparison.Ordinal);
        Assert.Contains(field == "date" ? "date" : named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALegalBasisThatIsNotATextIsRejected()
    {
        EditPlanJson(root => root["legal_bases"]!.AsArray().Add(42));
        var e = Refused();
        Assert.Contains("legal_bases", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyEditToAFileChangesThePlanVersion()
    {
        var before = PlanBundleReader.Read(_bundle).Version;
        File.AppendAllText(Path.Combine(_bundle, "undergrounding-zones.geojson"), "\n");
        Assert.NotEqual(before, PlanBundleReader.Read(_bundle).Version);
    }

    /// <summary>
    /// The bundle is refused, and the refusal is said in Vietnamese too (a planner reads it in the CLI and the API): naming the
    /// same file, with none of the English message's words.
    /// </summary>
    private PlanBundleException Refused()
    {
        var e = Assert.Throws<PlanBundleException>(() => PlanBundleReader.Read(_bundle));
        Assert.NotNull(e.MessageVi);
        Assert.StartsWith(e.File + ": ", e.MessageVi, StringComparison.Ordinal);
        foreach (var english in new[] { " must ", " is missing", "feature ", "geometry", " expected", " not valid", " not a ", "cannot" })
            Assert.DoesNotContain(english, e.MessageVi, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void ARefusal_InVietnamese_NamesTheFeatureAndPropertyInItsOwnWords()
    {
        EditFeature("zones.geojson", 1, f => f["properties"]!.AsObject().Remove("max_height_m"));
        Assert.Equal("zones.geojson: đối tượng 1 (Z-HALONG-BAY): thuộc tính 'max_height_m' còn thiếu", Refused().MessageVi);
    }

    [Fact]
    public void AnInvalidPolygon_InVietnamese_SaysWhatIsWrongAndWhere()
    {
        EditFeature("restricted-areas.geojson", 0, f =>
            f["geometry"] = JsonNode.Parse(
                """{"type":"Polygon","coordinates":[[[107.9,21.5],[108.0,21.6],[108.0,21.5],[107.9,21.6],[107.9,21.5]]]}"""
            )
        );
        var vi = Refused().MessageVi!;
        Assert.Matches(
            @"^restricted-areas\.geojson: đối tượng 0 \([^)]+\): hình học không hợp lệ \(tự cắt tại kinh độ 107\.95, vĩ độ 21\.55\)$",
            vi
        );
    }

    private void EditFeature(string file, int index, Action<JsonNode> edit)
    {
        var path = Path.Combine(_bundle, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root["features"]![index]!);
        File.WriteAllText(path, root.ToJsonString());
    }

    private void EditPlanJson(Action<JsonNode> edit)
    {
        var path = Path.Combine(_bundle, "plan.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    private void EditRules(Func<string, string> edit)
    {
        var path = Path.Combine(_bundle, "rules.csv");
        var before = File.ReadAllText(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
