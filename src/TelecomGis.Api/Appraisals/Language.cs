namespace TelecomGis.Api.Appraisals;

/// <summary>Messages are written in Vietnamese and English; <c>Accept-Language: en</c> makes English the primary one.</summary>
public static class Language
{
    public static bool PrefersEnglish(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault() is { } first
        && first.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}
