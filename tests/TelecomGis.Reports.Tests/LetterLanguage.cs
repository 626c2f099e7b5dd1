using System.Text.RegularExpressions;

namespace TelecomGis.Reports.Tests;

/// <summary>What a records clerk strikes out of a letter: internal codes, hashes, enum names and English words.</summary>
public static partial class LetterLanguage
{
    /// <summary>
    /// English words that would slip into the text from code or a rule's English message: verdicts, rule outcomes, decision
    /// kinds, layer names, and the common words of an English sentence.
    /// </summary>
    public static readonly string[] EnglishWords =
    [
        "the",
        "and",
        "of",
        "with",
        "site",
        "sites",
        "rule",
        "rules",
        "pass",
        "fail",
        "consult",
        "warn",
        "conforms",
        "conform",
        "approve",
        "approved",
        "refuse",
        "refused",
        "rejected",
        "pending",
        "decided",
        "issued",
        "needs",
        "consultation",
        "zone",
        "zones",
        "military",
        "area",
        "height",
        "pole",
        "class",
        "version",
        "plan",
        "carrier",
        "row",
        "figure",
        "null",
        "DoesNotConform",
        "NeedsConsultation",
        "ApproveWithConditions",
        "Incomplete",
    ];

    public static void AssertAdministrativeVietnamese(string text)
    {
        Assert.DoesNotMatch(RuleId(), text);
        Assert.DoesNotMatch(HexRun(), text);
        foreach (var word in Words().Matches(text).Select(m => m.Value))
            Assert.DoesNotContain(word, EnglishWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>R01–R12 and their parameter names ("R09.share_tolerance").</summary>
    [GeneratedRegex(@"\bR\d{2}\b")]
    private static partial Regex RuleId();

    /// <summary>Twelve or more hex digits in a row: a plan version, a content hash.</summary>
    [GeneratedRegex(@"\b[0-9a-fA-F]{12,}\b")]
    private static partial Regex HexRun();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
