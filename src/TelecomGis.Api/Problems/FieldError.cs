namespace TelecomGis.Api.Problems;

/// <summary>One reason a request was refused: the field at fault and, for a batch file, the row (1-based, header not counted).</summary>
public sealed record FieldError(string Field, string MessageEn, string? MessageVi = null, int? Row = null)
{
    /// <summary>The key of the problem's errors map: "height_m", or "rows[3].lat" for a batch row.</summary>
    public string Key => Row is { } r ? $"rows[{r}].{Field}" : Field;
}

/// <summary>A request that checks itself before its handler runs (the validation pipeline behavior calls it).</summary>
public interface IValidated
{
    IEnumerable<FieldError> Validate();
}

/// <summary>
/// Thrown by the validation behavior and by the edges that read files: the one way a request is refused as invalid. It is an
/// exception so that a handler never sees an invalid request; the exception handler turns it into a 400 problem details.
/// </summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors, string? title = null)
    : Exception(title ?? "The request is not valid.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static RequestValidationException For(string field, string messageEn, string? messageVi = null) =>
        new([new FieldError(field, messageEn, messageVi)]);
}
