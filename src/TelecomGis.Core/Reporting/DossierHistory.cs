using TelecomGis.Core.Appraisal;

namespace TelecomGis.Core.Reporting;

/// <summary>The department's answer on one site: conforming (with or without conditions) or not.</summary>
public enum DossierAnswer
{
    Conforms,
    ConformsWithConditions,
    DoesNotConform,
}

/// <summary>The department's answer on a site and the day it was given (the department's calendar day).</summary>
public readonly record struct DatedAnswer(DateOnly On, DossierAnswer Answer);

/// <summary>
/// One appraisal dossier (hồ sơ: one proposed site of a carrier's batch) as the desk's tables hold it, with every dated entry, so
/// that its state can be read as of any day: received, appraised by the engine, consultations asked (the rules that asked) and
/// answered, and the department's answers (the latest standing). The store's reader fills it (TelecomGis.Storage.Reporting).
/// </summary>
/// <param name="ReceivedOn">The department's calendar day the batch was received.</param>
/// <param name="Verdict">The engine's verdict at receipt.</param>
/// <param name="ConsultRules">The rules whose outcome asked for a consultation (R04, R10, R11), distinct.</param>
/// <param name="ConsultationsAnswered">Per consultation answer recorded: the rule and the day it was recorded.</param>
/// <param name="Answers">The department's decisions on the site, in the order they were made.</param>
public sealed record DossierHistory(
    string Carrier,
    DateOnly ReceivedOn,
    Verdict Verdict,
    IReadOnlyList<string> ConsultRules,
    IReadOnlyList<(string RuleId, DateOnly On)> ConsultationsAnswered,
    IReadOnlyList<DatedAnswer> Answers
)
{
    /// <summary>The answer standing at the end of <paramref name="day"/>: the latest made by then; null when none yet.</summary>
    public DatedAnswer? AnswerOn(DateOnly day)
    {
        DatedAnswer? standing = null;
        foreach (var a in Answers)
        {
            if (a.On <= day && (standing is null || a.On >= standing.Value.On))
                standing = a;
        }
        return standing;
    }

    /// <summary>The first answer the department gave (what its processing time counts to); null when none by then.</summary>
    public DatedAnswer? FirstAnswerOn(DateOnly day)
    {
        DatedAnswer? first = null;
        foreach (var a in Answers)
        {
            if (a.On <= day && (first is null || a.On < first.Value.On))
                first = a;
        }
        return first;
    }

    /// <summary>Whether, at the end of <paramref name="day"/>, it has no answer and some consulted rule still has no reply.</summary>
    public bool AwaitsConsultationOn(DateOnly day) =>
        AnswerOn(day) is null && ConsultRules.Any(rule => !ConsultationsAnswered.Any(c => c.RuleId == rule && c.On <= day));
}
