using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Tests.Coverage.Propagation;

/// <summary>Every validity note a model writes has its Vietnamese, so the CLI's Vietnamese summary never ends in English.</summary>
public class ValidityNoteWordsTests
{
    public static TheoryData<string> Notes()
    {
        IPathLossModel[] models =
        [
            new OkumuraHataModel(PropagationEnvironment.Suburban),
            new Cost231HataModel(PropagationEnvironment.Suburban),
            new Tr38901RuralMacroModel(Tr38901LineOfSight.LineOfSight),
            new Tr38901RuralMacroModel(Tr38901LineOfSight.NonLineOfSight),
            new Tr38901UrbanMacroModel(Tr38901LineOfSight.NonLineOfSight),
        ];
        // Each of the four ranges left in turn, one way and the other, from inside every model's ranges.
        PathLossRequest[] requests =
        [
            new(10, 2, 35, 1.5),
            new(200_000, 2, 35, 1.5),
            new(900, 2, 5, 1.5),
            new(900, 2, 500, 1.5),
            new(900, 2, 35, 0.5),
            new(900, 2, 35, 30),
            new(900, 0.001, 35, 1.5),
            new(900, 100, 35, 1.5),
            new(1800, 2, 5, 1.5),
            new(1800, 2, 35, 30),
            new(1800, 100, 35, 1.5),
            new(3500, 2, 35, 30),
            new(3500, 0.001, 35, 1.5),
            new(3500, 100, 35, 1.5),
            new(3500, 2, 500, 1.5),
            new(3500, 2, 35, 0.5),
        ];
        var notes = new HashSet<string>(StringComparer.Ordinal) { "outside the model's validity" };
        foreach (var model in models)
        foreach (var request in requests)
        {
            if (model.Compute(request).ValidityNote is { } note)
                notes.Add(note);
        }
        foreach (ItmWarnings flag in Enum.GetValues<ItmWarnings>())
        {
            foreach (var phrase in flag.Describe())
                notes.Add("ITM: " + phrase);
        }
        var data = new TheoryData<string>();
        foreach (var note in notes.Order(StringComparer.Ordinal))
            data.Add(note);
        return data;
    }

    [Fact]
    public void TheNotesCoverEveryKind()
    {
        // Okumura–Hata's and COST-231's bands, the three Hata ranges, TR 38.901's, ITM's fifteen warnings, the default.
        Assert.True(Notes().Count >= 28, $"only {Notes().Count} notes were produced");
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void EveryNoteHasItsVietnamese(string note)
    {
        var vi = ValidityNoteWords.Vietnamese(note);
        Assert.NotEqual(note, vi);
        foreach (var english in new[] { "outside", "height", "distance", "frequency", "path", "horizon", "than", "model" })
            Assert.DoesNotContain(english, vi, StringComparison.Ordinal);
    }

    [Fact]
    public void PhrasesJoinedByTheProfile_AreEachTranslated()
    {
        Assert.Equal(
            "độ cao ăng-ten trạm gốc ngoài khoảng 30–200 m; khoảng cách ngoài khoảng 1–20 km",
            ValidityNoteWords.Vietnamese("base antenna height outside 30–200 m; distance outside 1–20 km")
        );
    }
}
