using System.Text.Json;

namespace TelecomGis.Api.Problems;

/// <summary>
/// A JSON body that cannot be read — bytes that are not UTF-8, tokens that are not JSON, a value of the wrong type — is the caller's
/// mistake: a 400 on the field <c>body</c>, whether the endpoint reads the body itself (<see cref="ParseAsync"/>) or the framework binds it
/// (<see cref="ProblemExceptionHandler"/> maps its <see cref="BadHttpRequestException"/>). The message names where the reader
/// stopped, never a type of ours.
/// </summary>
public static class MalformedJson
{
    /// <summary>Parses a body into an element whose every string and property name is known to be readable.</summary>
    public static async Task<JsonElement> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
            // JsonDocument checks the structure but transcodes strings only when asked: invalid UTF-8 or a lone surrogate
            // escape inside a string would otherwise surface later, as an InvalidOperationException, in whoever reads it.
            CheckStrings(document.RootElement);
            return document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: GetString could not transcode a string (bytes that are not UTF-8, a lone surrogate).
            throw Refusal(e);
        }
    }

    /// <summary>As <see cref="ParseAsync"/>, for a body already in memory (the submissions endpoint hashes it first).</summary>
    public static JsonElement Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            CheckStrings(document.RootElement);
            return document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw Refusal(e);
        }
    }

    /// <summary>Whether the exception behind a framework's refusal to bind a body says the body is malformed JSON.</summary>
    public static bool IsMalformed(Exception e) => e is JsonException;

    public static RequestValidationException Refusal(Exception e)
    {
        var where = e is JsonException { LineNumber: { } line, BytePositionInLine: { } column } j
            ? $" (line {line + 1}, byte {column + 1}{(string.IsNullOrEmpty(j.Path) ? "" : $", at {j.Path}")})"
            : "";
        var what = e switch
        {
            InvalidOperationException => "a string holds bytes that are not UTF-8 or an unpaired surrogate",
            JsonException { Path.Length: > 1 } => "a value has the wrong type or form",
            _ => "it is not well-formed JSON",
        };
        return RequestValidationException.For(
            "body",
            $"The body cannot be read as JSON: {what}{where}.",
            "Nội dung không phải JSON hợp lệ (UTF-8)."
        );
    }

    private static void CheckStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    CheckStrings(item);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    CheckStrings(property.Value);
                }
                break;
        }
    }
}
