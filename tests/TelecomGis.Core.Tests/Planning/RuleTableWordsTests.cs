using TelecomGis.Core.Planning;

namespace TelecomGis.Core.Tests.Planning;

/// <summary>Each rule-table row a rule reads has words a department reads it by (plan info), in both languages.</summary>
public class RuleTableWordsTests
{
    [Fact]
    public void EveryRequiredRow_IsNamedInWords_InBothLanguages()
    {
        var keys = RuleTableLimits.RequiredKeys.ToList();
        Assert.Equal(32 - 3, keys.Count);
        foreach (var key in keys)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            var words = RuleTableLimits.Describe(key[..dot], key[(dot + 1)..]);
            Assert.NotNull(words);
            Assert.DoesNotContain("_", words.Value.Vi, StringComparison.Ordinal);
            Assert.DoesNotContain("_", words.Value.En, StringComparison.Ordinal);
            Assert.NotEqual(words.Value.Vi, words.Value.En);
        }
        // The spacing rows say which class and where, each its own.
        Assert.Equal(
            "Khoảng cách tối thiểu giữa hai cột A2a cao, khu vực khác",
            RuleTableLimits.Describe("R09", "spacing_a2a_high_other")!.Value.Vi
        );
        Assert.Equal(
            "Năm phải hoàn thành di dời công trình hiện có",
            RuleTableLimits.Describe("ROADMAP", "relocation_deadline_year")!.Value.Vi
        );
    }

    [Fact]
    public void ARowNoRuleReads_HasNoWords()
    {
        Assert.Null(RuleTableLimits.Describe("R09", "spacing_a3_urban"));
        Assert.Null(RuleTableLimits.Describe("R99", "tolerance_urban"));
    }
}
