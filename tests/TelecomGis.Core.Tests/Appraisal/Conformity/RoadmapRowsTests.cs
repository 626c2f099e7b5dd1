using TelecomGis.Core.Planning;
using TelecomGis.Core.Tests.Appraisal;

namespace TelecomGis.Core.Tests.Appraisal.Conformity;

/// <summary>The roadmap's rows are optional, and when a plan gives them they must be years.</summary>
public class RoadmapRowsTests
{
    private static IReadOnlyList<(string Vi, string En)> Problems(params RuleParameter[] extra) =>
        RuleTableLimits.Problems(new RuleTable([.. ToyPlan.DefaultRules(), .. extra]));

    [Fact]
    public void APlanWithoutARoadmapIsAcceptable() => Assert.Empty(Problems());

    [Theory]
    [InlineData(2030, null)]
    [InlineData(1999, "ROADMAP.camouflage_deadline_year = 1999 is outside the sensible range (from 2000 to 2100 year)")]
    [InlineData(2027.5, "ROADMAP.camouflage_deadline_year = 2027.5 is not a year (a whole number)")]
    public void ARoadmapDeadlineMustBeAYear(double value, string? problem)
    {
        var problems = Problems(new RuleParameter("ROADMAP", "camouflage_deadline_year", value, "year", "test"));
        if (problem is null)
            Assert.Empty(problems);
        else
            Assert.Equal(problem, Assert.Single(problems).En);
    }
}
