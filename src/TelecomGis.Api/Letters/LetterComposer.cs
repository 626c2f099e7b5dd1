using System.Globalization;
using Microsoft.Extensions.Options;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Hosting;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Reports;
using TelecomGis.Storage.Stores;
using SiteDecision = TelecomGis.Reports.SiteDecision;
using SiteDecisionKind = TelecomGis.Reports.SiteDecisionKind;
using StoredDecisionKind = TelecomGis.Storage.Stores.SiteDecisionKind;

namespace TelecomGis.Api.Letters;

/// <summary>
/// Composes and renders a dossier's reply letter: the one place that turns a batch's history into <see cref="ReplyLetter"/> and its
/// .docx and .pdf, used for the appraisers' draft preview and, once, at issue (after which the stored bytes are the letter).
/// </summary>
public sealed class LetterComposer(LoadedPlans plans, LetterFonts fonts, IOptions<LetterOptions> options)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfType = "application/pdf";

    /// <summary>The register number as printed: the template with "{number}" the register's number (two digits at least, "01")
    /// and "{id}" the batch's id; a draft has a blank where the number will go.</summary>
    public string NumberText(long batchId, int? registerSeq) =>
        options
            .Value.NumberTemplate.Replace(
                "{number}",
                registerSeq is { } n ? n.ToString("D2", CultureInfo.InvariantCulture) : "     ",
                StringComparison.Ordinal
            )
            .Replace("{id}", batchId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The letter's date as the department writes it (its day in Vietnam's time).</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(options.Value.UtcOffset).DateTime);

    /// <summary>
    /// The letter of a dossier under a number and a date; <paramref name="replaces"/> is the letter a correction replaces. Every row
    /// is answered, rejected ones too; each appraisal with the appraisers' overrides and the consulted authorities' answers applied,
    /// then without any military or security area (the letter goes to the carrier, whoever downloads it).
    /// </summary>
    public async Task<ReplyLetter> ComposeAsync(
        Dossier dossier,
        string number,
        DateOnly date,
        LetterReference? replaces,
        CancellationToken cancellationToken
    )
    {
        var batch = dossier.Batch;
        var answered = dossier.RowsAsAnswered(ConfidentialAreas.Redact);
        var appraised = answered.Count(r => r.Appraisal is not null);

        // The letter cites the plan version the sites were appraised against, not whichever is current today.
        var plan = await plans.GetAsync(batch.PlanVersion, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Batch {batch.Id} refers to plan version {batch.PlanVersion.Short}, which the store cannot load."
            );
        var settings = Settings(batch.Carrier, number, date) with
        {
            Replaces = replaces,
            Incoming = batch.Incoming is { } i ? new IncomingLetter(i.Number, i.Date, i.Signer, i.Subject) : null,
            Received = DayOf(batch.SubmittedAt),
            Decisions = DecisionsOf(dossier, answered),
        };
        var letter = ReplyLetter.Compose(answered, plan.Plan, settings);
        if (appraised <= options.Value.MaxFigures)
            letter = letter.WithFigures(new SiteMapFigure(plan.Engine.Index, fonts));
        return letter;
    }

    /// <summary>
    /// The decision the letter states for each site: the appraiser's latest; where the appraiser made none (or approved without
    /// conditions), a site whose consulted authority answered "with conditions" is approved with those conditions, provided its
    /// appraisal now conforms.
    /// </summary>
    public static IReadOnlyDictionary<int, SiteDecision> DecisionsOf(Dossier dossier, IReadOnlyList<RowOutcome> answered)
    {
        var decisions = dossier.SiteDecisionByRow.ToDictionary(
            d => d.Key,
            d =>
                d.Value.Decision switch
                {
                    StoredDecisionKind.Approve => SiteDecision.Approve(),
                    StoredDecisionKind.ApproveWithConditions => SiteDecision.WithConditions(d.Value.Conditions ?? ""),
                    _ => SiteDecision.Refuse(d.Value.Reason ?? ""),
                }
        );
        var conditional = dossier
            .Consultations.GroupBy(c => (c.Row, c.RuleId))
            .Select(g => g.Last())
            .Where(c => c.Answer == ConsultationAnswer.Conditions && !string.IsNullOrWhiteSpace(c.Conditions))
            .GroupBy(c => c.Row);
        foreach (var row in conditional)
        {
            var conforms = answered.FirstOrDefault(r => r.Row.Row == row.Key)?.Appraisal?.Verdict == Verdict.Conforms;
            var decided = decisions.GetValueOrDefault(row.Key);
            if (decided is null ? conforms : decided.Kind == SiteDecisionKind.Approve)
            {
                var conditions = string.Join("; ", row.Select(c => c.Conditions!.Trim().TrimEnd('.', ';')));
                decisions[row.Key] = SiteDecision.WithConditions(conditions);
            }
        }
        return decisions;
    }

    /// <summary>The department's particulars (section "Letter") for a letter to a carrier under a number and a date.</summary>
    public LetterSettings Settings(string carrier, string number, DateOnly date)
    {
        var o = options.Value;
        return new LetterSettings(
            NumberAndSymbol: number,
            Date: date,
            Recipient: o.RecipientOf(carrier),
            CopyRecipients: o.CopyRecipients,
            SignerName: o.SignerName,
            Place: o.Place,
            SigningAuthority: o.SigningAuthority,
            SignerTitle: o.SignerTitle,
            GoverningBody: o.GoverningBody,
            DepartmentName: o.DepartmentName
        );
    }

    /// <summary>
    /// The request for an opinion on one rule of one appraised row to the authority the rule names, as a .docx; its number is left
    /// blank for the clerk, its date today.
    /// </summary>
    public async Task<byte[]> ConsultationRequestAsync(
        Dossier dossier,
        AppraisalResult result,
        string ruleId,
        DateOnly date,
        CancellationToken cancellationToken
    )
    {
        var batch = dossier.Batch;
        var plan = await plans.GetAsync(batch.PlanVersion, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Batch {batch.Id} refers to plan version {batch.PlanVersion.Short}, which the store cannot load."
            );
        var incoming = batch.Incoming is { } i
            ? $"Công văn số {i.Number} ngày {i.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
            : null;
        var request = ConsultationRequest.Compose(
            result,
            ruleId,
            plan.Plan,
            Settings(batch.Carrier, NumberText(batch.Id, null), date),
            incoming
        );
        return DocxConsultationWriter.Write(request);
    }

    public byte[] Render(ReplyLetter letter, LetterFormat format) =>
        format == LetterFormat.Docx ? DocxLetterWriter.Write(letter) : PdfLetterWriter.Write(letter, fonts);

    public static string ContentTypeOf(LetterFormat format) => format == LetterFormat.Docx ? DocxType : PdfType;

    public static string FileNameOf(long batchId, LetterFormat format) =>
        $"cong-van-{batchId}.{(format == LetterFormat.Docx ? "docx" : "pdf")}";
}
