using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using TelecomGis.Core.Register;

namespace TelecomGis.Storage.Stores;

// Inspections of structures, appended with their attached files' bytes and SHA-256, never changed.
public abstract partial class SqlAppraisalStore
{
    public async Task<Inspection> RecordInspectionAsync(
        Inspection inspection,
        IReadOnlyList<NewAttachment> attachments,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (
            var insert = Command(
                connection,
                tx,
                $"""
                INSERT INTO inspections (structure_id, inspected_on, inspectors, findings, outcome, rule_id, penalty_number, penalty_date,
                  deadline, recorded_by, recorded_at, province_code)
                VALUES (@structure, @on, @inspectors, @findings, @outcome, @rule, @penalty, @penalty_date, @deadline, @by, @at,
                  {NewRowProvince}) RETURNING fid
                """
            )
        )
        {
            AddProvince(insert);
            Add(insert, "@structure", inspection.StructureId);
            Add(insert, "@on", IsoDate(inspection.InspectedOn));
            Add(insert, "@inspectors", string.Join("|", inspection.Inspectors));
            Add(insert, "@findings", inspection.Findings);
            Add(insert, "@outcome", inspection.OutcomeCode);
            Add(insert, "@rule", Db(inspection.RuleId));
            Add(insert, "@penalty", Db(inspection.PenaltyNumber));
            Add(insert, "@penalty_date", Db(inspection.PenaltyDate is { } p ? IsoDate(p) : null));
            Add(insert, "@deadline", Db(inspection.Deadline is { } d ? IsoDate(d) : null));
            Add(insert, "@by", inspection.RecordedBy);
            Add(insert, "@at", TimestampValue(inspection.RecordedAt));
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        var saved = new List<InspectionAttachment>();
        foreach (var a in attachments)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(a.Bytes));
            await using var insert = Command(
                connection,
                tx,
                """
                INSERT INTO inspection_attachments (inspection_id, file_name, content_type, bytes, sha256)
                VALUES (@inspection, @name, @type, @bytes, @hash) RETURNING fid
                """
            );
            Add(insert, "@inspection", id);
            Add(insert, "@name", a.FileName);
            Add(insert, "@type", a.ContentType);
            Add(insert, "@bytes", a.Bytes);
            Add(insert, "@hash", hash);
            var attachmentId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            saved.Add(new InspectionAttachment(attachmentId, a.FileName, a.ContentType, a.Bytes.LongLength, hash));
        }
        await tx.CommitAsync(cancellationToken);
        return inspection with { Id = id, Attachments = saved };
    }

    public async Task<IReadOnlyList<Inspection>> ListInspectionsAsync(
        string? structureId = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        var where = (structureId is null ? "WHERE 1 = 1" : "WHERE structure_id = @structure") + AndInProvince("province_code");
        var attachments = new Dictionary<long, List<InspectionAttachment>>();
        await using (
            var select = Command(
                connection,
                null,
                $"""
                SELECT a.inspection_id, a.fid, a.file_name, a.content_type, length(a.bytes), a.sha256 FROM inspection_attachments a
                WHERE a.inspection_id IN (SELECT fid FROM inspections {where}) ORDER BY a.fid
                """
            )
        )
        {
            if (structureId is not null)
                Add(select, "@structure", structureId);
            AddProvince(select);
            await using var r = await select.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                var key = r.GetInt64(0);
                (attachments.TryGetValue(key, out var l) ? l : attachments[key] = []).Add(
                    new InspectionAttachment(
                        r.GetInt64(1),
                        r.GetString(2),
                        r.GetString(3),
                        Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture),
                        r.GetString(5)
                    )
                );
            }
        }
        await using var inspections = Command(
            connection,
            null,
            $"""
            SELECT fid, structure_id, inspected_on, inspectors, findings, outcome, rule_id, penalty_number, penalty_date, deadline,
              recorded_by, recorded_at
            FROM inspections {where} ORDER BY fid
            """
        );
        if (structureId is not null)
            Add(inspections, "@structure", structureId);
        AddProvince(inspections);
        await using var reader = await inspections.ExecuteReaderAsync(cancellationToken);
        var result = new List<Inspection>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            result.Add(
                new Inspection(
                    id,
                    reader.GetString(1),
                    ParseIsoDate(reader.GetString(2)),
                    reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries),
                    reader.GetString(4),
                    reader.GetString(5) == "compliant" ? InspectionOutcome.Compliant : InspectionOutcome.Violation,
                    NullableString(reader, 6),
                    NullableString(reader, 7),
                    NullableString(reader, 8) is { } pd ? ParseIsoDate(pd) : null,
                    NullableString(reader, 9) is { } dl ? ParseIsoDate(dl) : null,
                    reader.GetString(10),
                    ReadTimestamp(reader, 11),
                    attachments.GetValueOrDefault(id) ?? []
                )
            );
        }
        return result;
    }

    public async Task<byte[]?> LoadAttachmentAsync(long attachmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT a.bytes FROM inspection_attachments a JOIN inspections i ON i.fid = a.inspection_id WHERE a.fid = @id{AndInProvince("i.province_code")}"
        );
        Add(select, "@id", attachmentId);
        AddProvince(select);
        return await select.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
