namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R02: the site's commune is found; a declared commune that differs is named with the real one.</summary>
public sealed class R02Commune : IAppraisalRule
{
    /// <summary>Commune polygons are generalised (about 1 m, coarser along coasts), so a site in a sliver between them is matched to the nearest within this reach.</summary>
    private const double NearestCommuneReachM = 2000;

    public string Id => "R02";
    public string TitleVi => "Xác định xã, phường";
    public string TitleEn => "Commune";

    /// <summary>Only warns: a site between commune polygons or a wrong declared code is recorded, not refused.</summary>
    public bool IsDecisive => false;

    public RuleResult Evaluate(AppraisalContext context)
    {
        // One list per thread, cleared for each site: only its first commune outlives the call.
        var hits = Hits ??= [];
        hits.Clear();
        context.Index.Communes.Covering(context.Location, hits);
        if (hits.Count == 0)
        {
            var nearest = context.Index.Communes.Nearest(context.Location, NearestCommuneReachM);
            if (nearest is null)
            {
                return RuleResult.Warn(Id, "Không xác định được xã, phường chứa vị trí.", "No commune contains the site.");
            }
            var (f, d) = nearest.Value;
            return RuleResult.Warn(
                Id,
                () => $"Vị trí không nằm trong ranh giới xã nào; gần nhất là {f.Item.FullName} ({f.Item.Code}), cách {Figures.VnM(d)}.",
                () => $"The site lies in no commune polygon; the nearest is {f.Item.FullName} ({f.Item.Code}), {Figures.EnM(d)} away.",
                measured: RuleResult.Round(d),
                unit: "m",
                decidedBy: new("communes", f.Item.Code, f.Item.FullName)
            );
        }

        var declared = context.Site.DeclaredCommuneCode;
        return
            !string.IsNullOrWhiteSpace(declared) && !string.Equals(declared.Trim(), hits[0].Item.Code, StringComparison.OrdinalIgnoreCase)
            ? DeclaredOtherwise(declared, hits[0].Item)
            : InCommune.GetValue(hits[0], PassIn);
    }

    // Its own method, so that the pass above allocates no closure: the compiler makes a method's captured variables at its start.
    private static RuleResult DeclaredOtherwise(string declared, Administration.Commune commune) =>
        RuleResult.Warn(
            "R02",
            () => $"Hồ sơ khai xã mã {declared}, nhưng vị trí thuộc {commune.FullName} (mã {commune.Code}).",
            () => $"The dossier declares commune {declared}, but the site is in {commune.FullName} (code {commune.Code}).",
            decidedBy: Ref(commune)
        );

    /// <summary>
    /// The pass, the same for every site in a commune, so made once per indexed commune and shared, as R01's is: a result holds no
    /// site's data and is never changed once made (issue 14, item 5).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<
        Spatial.IndexedFeature<Administration.Commune>,
        RuleResult
    > InCommune = new();

    private static RuleResult PassIn(Spatial.IndexedFeature<Administration.Commune> feature)
    {
        var commune = feature.Item;
        return RuleResult.Pass(
            "R02",
            $"Vị trí thuộc {commune.FullName} (mã {commune.Code}).",
            $"The site is in {commune.FullName} (code {commune.Code}).",
            decidedBy: Ref(commune)
        );
    }

    [ThreadStatic]
    private static List<Spatial.IndexedFeature<Administration.Commune>>? Hits;

    private static FeatureRef Ref(Administration.Commune commune) => new("communes", commune.Code, commune.FullName);
}
