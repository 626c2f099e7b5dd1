using System.Data.Common;
using System.Globalization;

namespace TelecomGis.Storage.Stores;

// The desk's per-site decisions and recorded consultations: append-only, the latest of a row (and rule) standing.
public abstract partial class SqlAppraisalStore
{
    public async Task<SiteDecision> AppendSiteDecisionAsync(SiteDecision decision, CancellationToken cancellationToken = default)
    {
        if (decision.Decision == SiteDecisionKind.Refuse && string.IsNullOrWhiteSpace(decision.Reason))
            throw new ArgumentException("A refusal needs a written reason.", nameof(decision));
        if (decision.Decision == SiteDecisionKind.ApproveWithConditions && string.IsNullOrWhiteSpace(decision.Conditions))
            throw new ArgumentException("An approval with conditions needs the conditions.", nameof(decision));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            """
            INSERT INTO site_decisions (batch_id, row_number, decision, reason, conditions, decided_by, decided_at)
            VALUES (@batch, @row, @decision, @reason, @conditions, @by, @at) RETURNING fid
            """
        );
        Add(insert, "@batch", decision.SubmissionId);
        Add(insert, "@row", decision.Row);
        Add(insert, "@decision", SiteDecision.CodeOf(decision.Decision));
        Add(insert, "@reason", Db(decision.Reason));
        Add(insert, "@conditions", Db(decision.Conditions));
        Add(insert, "@by", decision.DecidedBy);
        Add(insert, "@at", TimestampValue(decision.DecidedAt));
        return decision with { Id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
    }

    public async Task<IReadOnlyList<SiteDecision>> ListSiteDecisionsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT fid, row_number, decision, reason, conditions, decided_by, decided_at FROM site_decisions WHERE batch_id = @batch ORDER BY fid"
        );
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<SiteDecision>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new SiteDecision(
                    reader.GetInt64(0),
                    submissionId,
                    reader.GetInt32(1),
                    SiteDecision.Parse(reader.GetString(2))
                        ?? throw new InvalidDataException($"Unknown site decision '{reader.GetString(2)}'."),
                    NullableString(reader, 3),
                    NullableString(reader, 4),
                    reader.GetString(5),
                    ReadTimestamp(reader, 6)
                )
            );
        }
        return result;
    }

    public async Task<Consultation> AppendConsultationAsync(Consultation consultation, CancellationToken cancellationToken = default)
    {
        if (consultation.Answer == ConsultationAnswer.Conditions && string.IsNullOrWhiteSpace(consultation.Conditions))
            throw new ArgumentException("An answer with conditions needs the conditions.", nameof(consultation));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            """
            INSERT INTO consultations (batch_id, row_number, rule_id, authority, document_number, document_date, answer, conditions, recorded_by, recorded_at)
            VALUES (@batch, @row, @rule, @authority, @number, @date, @answer, @conditions, @by, @at) RETURNING fid
            """
        );
        Add(insert, "@batch", consultation.SubmissionId);
        Add(insert, "@row", consultation.Row);
        Add(insert, "@rule", consultation.RuleId);
        Add(insert, "@authority", consultation.Authority);
        Add(insert, "@number", consultation.DocumentNumber);
        Add(insert, "@date", IsoDate(consultation.DocumentDate));
        Add(insert, "@answer", Consultation.CodeOf(consultation.Answer));
        Add(insert, "@conditions", Db(consultation.Conditions));
        Add(insert, "@by", consultation.RecordedBy);
        Add(insert, "@at", TimestampValue(consultation.RecordedAt));
        return consultation with { Id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
    }

    public async Task<IReadOnlyList<Consultation>> ListConsultationsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            """
            SELECT fid, row_number, rule_id, authority, document_number, document_date, answer, conditions, recorded_by, recorded_at
            FROM consultations WHERE batch_id = @batch ORDER BY fid
            """
        );
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Consultation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new Consultation(
                    reader.GetInt64(0),
                    submissionId,
                    reader.GetInt32(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    ParseIsoDate(reader.GetString(5)),
                    Consultation.Parse(reader.GetString(6)) ?? throw new InvalidDataException($"Unknown answer '{reader.GetString(6)}'."),
                    NullableString(reader, 7),
                    reader.GetString(8),
                    ReadTimestamp(reader, 9)
                )
            );
        }
        return result;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseIsoDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
