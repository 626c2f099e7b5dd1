namespace TelecomGis.Storage.Stores;

/// <summary>What a consulted authority answered.</summary>
public enum ConsultationAnswer
{
    Agrees,
    Objects,
    Conditions,
}

/// <summary>
/// A consulted authority's written answer about one rule on one site (the provincial Military Command for R04, the civil aviation
/// authority or the General Staff for R10, the height-approval authority for R11), appended to the batch's history. It settles
/// that rule's outcome: agrees passes it, objects fails it, conditions passes it with the conditions carried into the letter.
/// </summary>
/// <param name="Id">0 before it is saved.</param>
/// <param name="Row">The 1-based submitted row.</param>
/// <param name="RuleId">The rule consulted on, e.g. "R04".</param>
/// <param name="Authority">The authority that answered, as the letter names it.</param>
/// <param name="DocumentNumber">The number and symbol of its answer.</param>
/// <param name="DocumentDate">The date of its answer.</param>
/// <param name="Conditions">Required when it answered with conditions.</param>
public sealed record Consultation(
    long Id,
    long SubmissionId,
    int Row,
    string RuleId,
    string Authority,
    string DocumentNumber,
    DateOnly DocumentDate,
    ConsultationAnswer Answer,
    string? Conditions,
    string RecordedBy,
    DateTimeOffset RecordedAt
)
{
    public static string CodeOf(ConsultationAnswer answer) =>
        answer switch
        {
            ConsultationAnswer.Agrees => "agrees",
            ConsultationAnswer.Objects => "objects",
            _ => "conditions",
        };

    public static ConsultationAnswer? Parse(string? code) =>
        code switch
        {
            "agrees" => ConsultationAnswer.Agrees,
            "objects" => ConsultationAnswer.Objects,
            "conditions" => ConsultationAnswer.Conditions,
            _ => null,
        };
}
