namespace TelecomGis.Core.Appraisal;

/// <summary>
/// An area or zone named inside a Vietnamese sentence. Most plan names are proper names ("Vịnh Hạ Long – Bái Tử Long") and read
/// as <c>khu vực "…"</c>; many already begin with "Khu vực" ("Khu vực 200 m quanh trụ sở UBND Phường Hà Tu"), and wrapping them
/// again would say "khu vực" twice, so those are written as they are.
/// </summary>
public static class AreaNames
{
    private const string Prefix = "khu vực";

    /// <summary>The area as a noun phrase: <c>khu vực "Name"</c>, or the name itself when it already says "khu vực".</summary>
    /// <param name="sentenceStart">True where the phrase opens the sentence (capital K), false inside it.</param>
    public static string Vi(string name, bool sentenceStart = false)
    {
        var trimmed = name.Trim();
        string phrase = trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? Prefix + trimmed[Prefix.Length..]
            : $"{Prefix} \"{trimmed}\"";
        return sentenceStart ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : phrase;
    }
}
