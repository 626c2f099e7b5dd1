namespace TelecomGis.Storage.Stores;

// Appraisers' decisions and overrides, append-only, each with a written reason.
public abstract partial class SqlAppraisalStore
{
    public async Task<Decision> AppendDecisionAsync(Decision decision, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(decision.Reason))
            throw new ArgumentException("A decision or an override needs a written reason.", nameof(decision));
        if (decision.Kind == DecisionKind.Override && (decision.Row is null || string.IsNullOrWhiteSpace(decision.RuleId)))
            throw new ArgumentException("An override names the row and the rule it overrides.", nameof(decision));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            """
            INSERT INTO decisions (batch_id, kind, row_number, rule_id, outcome, reason, decided_by, decided_at)
            VALUES (@batch, @kind, @row, @rule, @outcome, @reason, @by, @at) RETURNING fid
            """
        );
        Add(insert, "@batch", decision.SubmissionId);
        Add(insert, "@kind", decision.Kind == DecisionKind.Decision ? "decision" : "override");
        Add(insert, "@row", Db(decision.Row));
        Add(insert, "@rule", Db(decision.RuleId));
        Add(insert, "@outcome", decision.Outcome);
        Add(insert, "@reason", decision.Reason);
        Add(insert, "@by", decision.DecidedBy);
        Add(insert, "@at", TimestampValue(decision.DecidedAt));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return decision with { Id = id };
    }

    public async Task<IReadOnlyList<Decision>> ListDecisionsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            """
            SELECT fid, kind, row_number, rule_id, outcome, reason, decided_by, decided_at FROM decisions WHERE batch_id = @batch ORDER BY fid
            """
        );
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Decision>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new Decision(
                    reader.GetInt64(0),
                    submissionId,
                    reader.GetString(1) == "decision" ? DecisionKind.Decision : DecisionKind.Override,
                    reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    NullableString(reader, 3),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6),
                    ReadTimestamp(reader, 7)
                )
            );
        }
        return result;
    }
}
