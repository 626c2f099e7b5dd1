namespace TelecomGis.Core.Infrastructure;

/// <summary>
/// The class of antenna structure (cột ăng ten) in the plans of Circular 14/2013/TT-BTTTT's successors:
/// A1 not bulky (không cồng kềnh), A2 bulky (cồng kềnh); a on a building, b on the ground.
/// </summary>
public enum PoleClass
{
    /// <summary>Not bulky, on a building.</summary>
    A1a,

    /// <summary>Not bulky, on the ground: camouflaged monopole, lamp post, tree.</summary>
    A1b,

    /// <summary>Bulky, on a building.</summary>
    A2a,

    /// <summary>Bulky, self-supporting or guyed tower on the ground.</summary>
    A2b,

    /// <summary>Other bulky structures.</summary>
    A2c,
}

/// <summary>A set of pole classes as a bit mask: cheap to test in the appraisal's hot path.</summary>
public readonly record struct PoleClassSet(int Mask)
{
    public static PoleClassSet None => new(0);
    public static PoleClassSet All => new((1 << 5) - 1);

    public static PoleClassSet Of(params PoleClass[] classes) => new(classes.Aggregate(0, (m, c) => m | (1 << (int)c)));

    public bool Contains(PoleClass c) => (Mask & (1 << (int)c)) != 0;

    public IEnumerable<PoleClass> Classes => AllClasses.Where(Contains);

    /// <summary>Parses "A1a|A1b" or "A1a,A1b" or "A1" (both A1 classes) or "A2" or "*".</summary>
    public static PoleClassSet Parse(string text)
    {
        if (text.Trim() == "*")
            return All;
        var mask = 0;
        foreach (var part in text.Split(['|', ',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            mask |= part.ToUpperInvariant() switch
            {
                "A1" => Of(PoleClass.A1a, PoleClass.A1b).Mask,
                "A2" => Of(PoleClass.A2a, PoleClass.A2b, PoleClass.A2c).Mask,
                _ => 1 << (int)PoleClasses.Parse(part),
            };
        }
        return new PoleClassSet(mask);
    }

    /// <summary>"A1a|A2b": the form plan files and tables write and <see cref="Parse"/> reads.</summary>
    public override string ToString() => (uint)Mask < (uint)Names.Length ? Names[Mask] : string.Join("|", Classes);

    /// <summary>
    /// As a Vietnamese sentence lists them, "A1a, A1b hoặc A2a", not the files' "A1a|A1b|A2a": written into rule sentences for
    /// every site near a zone or position, so each of the 32 sets is worded once.
    /// </summary>
    public string Vietnamese() => (uint)Mask < (uint)Names.Length ? NamesVi[Mask] : Listed(Classes, "hoặc");

    /// <summary>As an English sentence lists them: "A1a, A1b or A2a".</summary>
    public string English() => (uint)Mask < (uint)Names.Length ? NamesEn[Mask] : Listed(Classes, "or");

    private static string Listed(IEnumerable<PoleClass> classes, string or)
    {
        var names = classes.Select(c => c.ToString()).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} {or} {names[^1]}";
    }

    private static readonly PoleClass[] AllClasses = Enum.GetValues<PoleClass>();

    private static readonly string[] Names =
    [
        .. Enumerable.Range(0, 1 << 5).Select(m => string.Join("|", AllClasses.Where(c => (m & (1 << (int)c)) != 0))),
    ];

    private static readonly string[] NamesVi =
    [
        .. Enumerable.Range(0, 1 << 5).Select(m => Listed(AllClasses.Where(c => (m & (1 << (int)c)) != 0), "hoặc")),
    ];

    private static readonly string[] NamesEn =
    [
        .. Enumerable.Range(0, 1 << 5).Select(m => Listed(AllClasses.Where(c => (m & (1 << (int)c)) != 0), "or")),
    ];
}

public static class PoleClasses
{
    /// <summary>Reads a class as dossiers write it: "A2b", "a2b", "A2B", and with a separator, "A2-b", "A2.b", "A2 b".</summary>
    public static bool TryParse(string? text, out PoleClass poleClass)
    {
        poleClass = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var t = text.Trim();
        if (t.Length is 4 or 5 && t[2] is '-' or '.' or ' ' or '_' or '/')
            t = string.Concat(t.AsSpan(0, 2), t.AsSpan(3).Trim());
        if (t.Length != 3 || (t[0] != 'A' && t[0] != 'a'))
            return false;
        return Enum.TryParse(string.Concat("A", t[1].ToString(), char.ToLowerInvariant(t[2]).ToString()), out poleClass)
            && Enum.IsDefined(poleClass);
    }

    public static PoleClass Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"Unknown pole class '{text}' (expected A1a, A1b, A2a, A2b or A2c).");

    /// <summary>A1 classes (not bulky).</summary>
    public static bool IsNotBulky(this PoleClass c) => c is PoleClass.A1a or PoleClass.A1b;

    /// <summary>Classes mounted on a building, whose height counts from the roof.</summary>
    public static bool IsOnBuilding(this PoleClass c) => c is PoleClass.A1a or PoleClass.A2a;
}
