using System.Globalization;
using TelecomGis.Core.Register.Permits;

namespace TelecomGis.Storage.Stores;

// Structures' construction permits and exemptions, appended and never changed (issue 11, 3).
public abstract partial class SqlAppraisalStore
{
    public async Task<ConstructionPermit> RecordConstructionPermitAsync(
        ConstructionPermit permit,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            """
            INSERT INTO structure_permits (structure_id, kind, permit_number, permit_date, issued_by, exemption_code, citation, note,
              recorded_by, recorded_at)
            VALUES (@structure, @kind, @number, @date, @by_authority, @code, @citation, @note, @by, @at) RETURNING fid
            """
        );
        Add(insert, "@structure", permit.StructureId);
        Add(insert, "@kind", permit.KindCode);
        Add(insert, "@number", Db(permit.Number));
        Add(insert, "@date", Db(permit.IssuedOn is { } d ? IsoDate(d) : null));
        Add(insert, "@by_authority", Db(permit.IssuedBy));
        Add(insert, "@code", Db(permit.ExemptionCode));
        Add(insert, "@citation", Db(permit.Citation));
        Add(insert, "@note", Db(permit.Note));
        Add(insert, "@by", permit.RecordedBy);
        Add(insert, "@at", TimestampValue(permit.RecordedAt));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return permit with { Id = id };
    }

    public async Task<IReadOnlyList<ConstructionPermit>> ListConstructionPermitsAsync(
        string? structureId = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"""
            SELECT fid, structure_id, kind, permit_number, permit_date, issued_by, exemption_code, citation, note, recorded_by, recorded_at
            FROM structure_permits {(structureId is null ? "" : "WHERE structure_id = @structure")} ORDER BY fid
            """
        );
        if (structureId is not null)
            Add(select, "@structure", structureId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<ConstructionPermit>();
        while (await reader.ReadAsync(cancellationToken))
            result.Add(
                new ConstructionPermit(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2) == "permit" ? PermitKind.Permit : PermitKind.Exemption,
                    NullableString(reader, 3),
                    NullableString(reader, 4) is { } date ? ParseIsoDate(date) : null,
                    NullableString(reader, 5),
                    NullableString(reader, 6),
                    NullableString(reader, 7),
                    NullableString(reader, 8),
                    reader.GetString(9),
                    ReadTimestamp(reader, 10)
                )
            );
        return result;
    }
}
