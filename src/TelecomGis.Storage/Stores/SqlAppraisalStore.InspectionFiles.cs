using System.Globalization;
using System.Security.Cryptography;
using TelecomGis.Core.Register;

namespace TelecomGis.Storage.Stores;

// Files attached to an inspection after it was recorded (the minutes signed later, photographs uploaded from the field): appended
// beside those it was recorded with, never replaced.
public abstract partial class SqlAppraisalStore
{
    public async Task<IReadOnlyList<InspectionAttachment>?> AttachToInspectionAsync(
        long inspectionId,
        IReadOnlyList<NewAttachment> attachments,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var exists = Command(connection, tx, $"SELECT count(*) FROM inspections WHERE fid = @id{AndInProvince("province_code")}")
        )
        {
            Add(exists, "@id", inspectionId);
            AddProvince(exists);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
                return null;
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
            Add(insert, "@inspection", inspectionId);
            Add(insert, "@name", a.FileName);
            Add(insert, "@type", a.ContentType);
            Add(insert, "@bytes", a.Bytes);
            Add(insert, "@hash", hash);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            saved.Add(new InspectionAttachment(id, a.FileName, a.ContentType, a.Bytes.LongLength, hash));
        }
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<(long InspectionId, InspectionAttachment Attachment)?> FindAttachmentAsync(
        long attachmentId,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT a.inspection_id, a.file_name, a.content_type, length(a.bytes), a.sha256 FROM inspection_attachments a "
                + $"JOIN inspections i ON i.fid = a.inspection_id WHERE a.fid = @id{AndInProvince("i.province_code")}"
        );
        Add(select, "@id", attachmentId);
        AddProvince(select);
        await using var r = await select.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
            return null;
        return (
            r.GetInt64(0),
            new InspectionAttachment(
                attachmentId,
                r.GetString(1),
                r.GetString(2),
                Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                r.GetString(4)
            )
        );
    }
}
