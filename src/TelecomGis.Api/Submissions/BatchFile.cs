using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// Reads an uploaded batch (CSV, Excel .xlsx, or GeoJSON points with the same property names) into validated rows through Storage's
/// <see cref="SubmissionFile"/>, the readers the CLI uses too. A file that cannot be read at all, or holds more than
/// <see cref="MaxRows"/> rows, is refused as a whole (400, naming the file); a row that cannot be read becomes that row's rejection.
/// </summary>
public static class BatchFile
{
    /// <summary>A department's largest batches are a few hundred sites; this leaves room and bounds the work one upload can cause.</summary>
    public const int MaxRows = SubmissionFile.MaxRows;

    /// <returns>The rows, and the SHA-256 of the file's bytes (<see cref="SubmissionContent"/>), kept with the Idempotency-Key.</returns>
    public static async Task<BatchUpload> ReadAsync(
        IFormFile file,
        string carrier,
        CancellationToken cancellationToken,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    )
    {
        // Buffered once: the readers want a seekable stream, and a batch file is small.
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var hash = SubmissionContent.HashOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Position = 0;
        try
        {
            return new BatchUpload(SubmissionFile.Read(buffer, file.FileName, carrier, MaxRows, transformation), hash);
        }
        catch (SubmissionFileException e)
        {
            throw RequestValidationException.For("file", e.Message, e.MessageVi);
        }
    }
}

/// <summary>An uploaded batch's rows and the SHA-256 of its bytes.</summary>
public sealed record BatchUpload(IReadOnlyList<SubmissionRow> Rows, string ContentHash);
