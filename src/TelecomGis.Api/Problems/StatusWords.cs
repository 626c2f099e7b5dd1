namespace TelecomGis.Api.Problems;

/// <summary>
/// The detail of a problem the framework writes itself, without a handler's words (no endpoint for the address, the method or
/// the content type): its title is the status's English name ("Unsupported Media Type"), and the map shows the detail to a
/// Vietnamese reader, so the detail says what happened in the caller's language.
/// </summary>
public static class StatusWords
{
    public static string? Detail(HttpContext context, int? status, bool english) =>
        status switch
        {
            StatusCodes.Status404NotFound => english
                ? "Nothing was found at this address."
                : "Không tìm thấy địa chỉ hoặc đối tượng được yêu cầu.",
            StatusCodes.Status405MethodNotAllowed => english
                ? $"This address does not accept {context.Request.Method}."
                : $"Địa chỉ này không nhận yêu cầu {context.Request.Method}.",
            StatusCodes.Status415UnsupportedMediaType => english
                ? $"This address does not accept content of type '{context.Request.ContentType}' (see the API's documentation at /scalar/v1)."
                : $"Địa chỉ này không nhận nội dung kiểu '{context.Request.ContentType}' (xem tài liệu API tại /scalar/v1).",
            _ => null,
        };
}
