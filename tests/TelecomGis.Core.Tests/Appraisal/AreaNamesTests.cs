using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

public class AreaNamesTests
{
    [Theory]
    [InlineData("Vịnh Hạ Long – Bái Tử Long", false, "khu vực \"Vịnh Hạ Long – Bái Tử Long\"")]
    [InlineData("Vịnh Hạ Long – Bái Tử Long", true, "Khu vực \"Vịnh Hạ Long – Bái Tử Long\"")]
    [InlineData("Khu vực 200 m quanh trụ sở UBND Phường Hà Tu", false, "khu vực 200 m quanh trụ sở UBND Phường Hà Tu")]
    [InlineData("khu vực cảng", true, "Khu vực cảng")]
    public void AnAreaIsNamedOnceAsKhuVuc(string name, bool sentenceStart, string expected) =>
        Assert.Equal(expected, AreaNames.Vi(name, sentenceStart));

    [Fact]
    public void RuleMessagesDoNotSayKhuVucTwice()
    {
        var plan = new ToyPlan();
        var urban = plan.Zones.FindIndex(z => z.Id == "Z-URBAN");
        plan.Zones[urban] = plan.Zones[urban] with { Name = "Khu vực 200 m quanh trụ sở UBND Phường Hà Tu" };
        var result = plan.Engine().Appraise(Proposal(-5000, 0, PoleClass.A2b, 12));

        Assert.Equal(RuleOutcome.Fail, result["R05"].Outcome);
        Assert.StartsWith("Khu vực 200 m quanh trụ sở UBND Phường Hà Tu chỉ cho phép", result["R05"].MessageVi);
        Assert.All(result.Results, r => Assert.DoesNotContain("khu vực \"khu vực", r.MessageVi, StringComparison.OrdinalIgnoreCase));
    }
}
