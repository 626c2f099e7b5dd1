using System.Globalization;
using System.Text.Json;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>
/// The carrier's covering letter as sent with a dossier: the JSON body's <c>incoming</c> object ({number, date, signer, subject}) or
/// the multipart fields incomingNumber, incomingDate, incomingSigner, incomingSubject (or incoming_number, …). Optional: a dossier without one still works.
/// </summary>
/// <param name="SentAsForm">Sent as multipart fields: errors name those fields, not the JSON paths.</param>
public sealed record IncomingInput(string? Number, string? Date, string? Signer, string? Subject, bool SentAsForm)
{
    public const int MaxNumberLength = 50;
    public const int MaxSignerLength = 200;
    public const int MaxSubjectLength = 500;

    /// <summary>The body's <c>incoming</c> object; null when absent or null.</summary>
    public static IncomingInput? FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("incoming", out var i) || i.ValueKind == JsonValueKind.Null)
            return null;
        if (i.ValueKind != JsonValueKind.Object)
            throw RequestValidationException.For(
                "incoming",
                "incoming must be an object {number, date, signer, subject}.",
                "Thông tin công văn đến không hợp lệ."
            );
        return new IncomingInput(Text(i, "number"), Text(i, "date"), Text(i, "signer"), Text(i, "subject"), false);
    }

    /// <summary>The multipart fields; null when none of them was sent.</summary>
    public static IncomingInput? FromForm(IFormCollection form)
    {
        // incomingNumber as the contract spells it; incoming_number as the JSON API's snake_case would.
        string? Field(string name) => (
                form.TryGetValue(name, out var v) ? v
                : form.TryGetValue(Snake(name), out var s) ? s
                : default
            ).ToString().Trim() is { Length: > 0 } t ? t : null;
        var input = new IncomingInput(
            Field("incomingNumber"),
            Field("incomingDate"),
            Field("incomingSigner"),
            Field("incomingSubject"),
            true
        );
        return input is { Number: null, Date: null, Signer: null, Subject: null } ? null : input;
    }

    /// <summary>What is wrong with it, received on <paramref name="today"/> (the department's day): a number (at most 50 characters)
    /// and a date (yyyy-mm-dd, not after today) are required; signer and subject are optional and bounded.</summary>
    public IEnumerable<FieldError> Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Number))
            yield return new FieldError(Name("number"), "The incoming document's number is required.", "Thiếu số công văn đến.");
        else if (Number.Length > MaxNumberLength)
        {
            yield return new FieldError(
                Name("number"),
                $"The incoming document's number is at most {MaxNumberLength} characters.",
                $"Số công văn đến dài tối đa {MaxNumberLength} ký tự."
            );
        }
        if (string.IsNullOrWhiteSpace(Date))
            yield return new FieldError(Name("date"), "The incoming document's date is required (yyyy-mm-dd).", "Thiếu ngày công văn đến.");
        else if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            yield return new FieldError(
                Name("date"),
                "The incoming document's date is not a date of the form yyyy-mm-dd.",
                "Ngày công văn đến phải có dạng năm-tháng-ngày (yyyy-mm-dd)."
            );
        }
        else if (date > today)
        {
            yield return new FieldError(
                Name("date"),
                "The incoming document's date is in the future.",
                "Ngày công văn đến không được sau ngày hôm nay."
            );
        }
        if (Signer is { Length: > MaxSignerLength })
            yield return new FieldError(
                Name("signer"),
                $"The signer is at most {MaxSignerLength} characters.",
                $"Người ký dài tối đa {MaxSignerLength} ký tự."
            );
        if (Subject is { Length: > MaxSubjectLength })
        {
            yield return new FieldError(
                Name("subject"),
                $"The subject is at most {MaxSubjectLength} characters.",
                $"Trích yếu dài tối đa {MaxSubjectLength} ký tự."
            );
        }
    }

    /// <summary>The document, once <see cref="Validate"/> found nothing wrong.</summary>
    public IncomingDocument ToDocument() =>
        new(Number!.Trim(), DateOnly.ParseExact(Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Blank(Signer), Blank(Subject));

    private string Name(string field) => SentAsForm ? "incoming" + char.ToUpperInvariant(field[0]) + field[1..] : "incoming." + field;

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Null => null,
                _ => v.GetRawText(),
            }
            : null;
}
