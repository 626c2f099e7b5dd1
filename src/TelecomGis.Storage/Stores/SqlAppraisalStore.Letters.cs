using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace TelecomGis.Storage.Stores;

// Issued letters, frozen: their bytes are written once, with their SHA-256, under a number of the department's yearly register;
// a correction reopens a batch, and the next letter names the one it replaces.
public abstract partial class SqlAppraisalStore
{
    public async Task<int> NextRegisterSeqAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT max(register_seq) FROM letters WHERE register_year = @year");
        Add(select, "@year", year);
        var last = await select.ExecuteScalarAsync(cancellationToken);
        return last is null or DBNull ? 1 : Convert.ToInt32(last, CultureInfo.InvariantCulture) + 1;
    }

    public async Task<IssuedLetter> IssueLetterAsync(NewLetter letter, CancellationToken cancellationToken = default)
    {
        var docxHash = Convert.ToHexStringLower(SHA256.HashData(letter.Docx));
        var pdfHash = Convert.ToHexStringLower(SHA256.HashData(letter.Pdf));
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(
            connection,
            tx,
            """
            INSERT INTO letters (batch_id, number, register_year, register_seq, issued_by, issued_at, replaces, docx, docx_sha256, pdf, pdf_sha256)
            VALUES (@batch, @number, @year, @seq, @by, @at, @replaces, @docx, @docx_hash, @pdf, @pdf_hash) RETURNING fid
            """
        );
        Add(insert, "@batch", letter.SubmissionId);
        Add(insert, "@number", letter.Number);
        Add(insert, "@year", letter.RegisterYear);
        Add(insert, "@seq", Db(letter.RegisterSeq));
        Add(insert, "@by", letter.IssuedBy);
        Add(insert, "@at", TimestampValue(letter.IssuedAt));
        Add(insert, "@replaces", Db(letter.Replaces));
        Add(insert, "@docx", letter.Docx);
        Add(insert, "@docx_hash", docxHash);
        Add(insert, "@pdf", letter.Pdf);
        Add(insert, "@pdf_hash", pdfHash);
        long id;
        try
        {
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new RegisterNumberTakenException(letter.Number);
        }
        await WriteRegisterEventsAsync(connection, tx, letter.Register ?? [], cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new IssuedLetter(
            id,
            letter.SubmissionId,
            letter.Number,
            letter.RegisterYear,
            letter.RegisterSeq,
            letter.IssuedBy,
            letter.IssuedAt,
            letter.Replaces,
            docxHash,
            pdfHash
        );
    }

    public Task<IReadOnlyList<IssuedLetter>> ListLettersAsync(long submissionId, CancellationToken cancellationToken = default) =>
        ListLettersAsync([submissionId], cancellationToken);

    public async Task<IReadOnlyList<IssuedLetter>> ListLettersAsync(
        IReadOnlyList<long> submissionIds,
        CancellationToken cancellationToken = default
    )
    {
        if (submissionIds.Count == 0)
            return [];
        await using var connection = await OpenAsync(cancellationToken);
        var names = submissionIds.Select((_, i) => $"@b{i}").ToList();
        await using var select = Command(
            connection,
            null,
            $"""
            SELECT fid, batch_id, number, register_year, register_seq, issued_by, issued_at, replaces, docx_sha256, pdf_sha256
            FROM letters WHERE batch_id IN ({string.Join(", ", names)}) ORDER BY fid
            """
        );
        for (var i = 0; i < names.Count; i++)
            Add(select, names[i], submissionIds[i]);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<IssuedLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new IssuedLetter(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    reader.GetString(5),
                    ReadTimestamp(reader, 6),
                    reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    reader.GetString(8),
                    reader.GetString(9)
                )
            );
        }
        return result;
    }

    public async Task<byte[]?> LoadLetterFileAsync(long letterId, LetterFileKind kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT {(kind == LetterFileKind.Pdf ? "pdf" : "docx")} FROM letters l WHERE l.fid = @id" + BatchIdInProvince("l.batch_id")
        );
        Add(select, "@id", letterId);
        AddProvince(select);
        return await select.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<Correction> OpenCorrectionAsync(Correction correction, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(correction.Reason))
            throw new ArgumentException("A correction needs a written reason.", nameof(correction));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            """
            INSERT INTO corrections (batch_id, letter_id, reason, opened_by, opened_at)
            VALUES (@batch, @letter, @reason, @by, @at) RETURNING fid
            """
        );
        Add(insert, "@batch", correction.SubmissionId);
        Add(insert, "@letter", correction.LetterId);
        Add(insert, "@reason", correction.Reason);
        Add(insert, "@by", correction.OpenedBy);
        Add(insert, "@at", TimestampValue(correction.OpenedAt));
        return correction with { Id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
    }

    public async Task<IReadOnlyList<Correction>> ListCorrectionsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT fid, letter_id, reason, opened_by, opened_at FROM corrections WHERE batch_id = @batch ORDER BY fid"
        );
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Correction>();
        while (await reader.ReadAsync(cancellationToken))
            result.Add(
                new Correction(
                    reader.GetInt64(0),
                    submissionId,
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    ReadTimestamp(reader, 4)
                )
            );
        return result;
    }
}
