namespace TelecomGis.Api.Problems;

/// <summary>
/// The one uploaded file of a multipart request (a batch, a zipped plan): the field named <c>file</c>, else the first file.
/// A body that is not readable multipart, or one without a file, is a field error on <c>file</c>, never a 500.
/// </summary>
public static class MultipartFile
{
    /// <param name="missingEn">What to send, in English, when there is no file (the Vietnamese says the field is missing).</param>
    public static async Task<IFormFile> ReadAsync(HttpRequest request, string missingEn, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        // BadHttpRequestException is an IOException; one for a body over the route's size limit stays a 413 (ProblemExceptionHandler).
        catch (Exception e) when (e is InvalidDataException or IOException && !TooLarge(e))
        {
            throw RequestValidationException.For(
                "file",
                $"The multipart body cannot be read: {e.Message}",
                "Không đọc được tệp gửi lên: nội dung không đúng dạng multipart/form-data."
            );
        }
        return form.Files.GetFile("file")
            ?? (form.Files.Count > 0 ? form.Files[0] : null)
            ?? throw RequestValidationException.For("file", missingEn, "Thiếu tệp (trường 'file').");
    }

    private static bool TooLarge(Exception e) => e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}
