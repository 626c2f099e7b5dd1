namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R02: the site's commune is found; a declared commune that differs is named with the real one.</summary>
public sealed class R02Commune : IAppraisalRule
{
    /// <summary>Commune polygons are generalised (about 1 m, coarser along coasts), so a site in a sliver between them is matched to the nearest within this reach.</summary>
    private const double NearestCommuneReachM = 2000;

    public string Id => "R02";
    public string TitleVi => "Xác định xã, phường";
    public string TitleEn => "Commune";

    public RuleResult Evaluate(AppraisalContext context)
    {
        var hits = context.Index.Communes.Covering(context.Location);
        if (hits.Count == 0)
        {
            var nearest = context.Index.Communes.Nearest(context.Location, NearestCommuneReachM);
            if (nearest is null)
            {
                return new(Id, RuleOutcome.Warn, "Không xác định được xã, phường chứa vị trí.", "No commune contains the site.");
            }
            var (f, d) = nearest.Value;
            return new(Id, RuleOutcome.Warn,
                () => $"Vị trí không nằm trong ranh giới xã nào; gần nhất là {f.Item.FullName} ({f.Item.Code}), cách {Figures.VnM(d)}.",
                () => $"The site lies in no commune polygon; the nearest is {f.Item.FullName} ({f.Item.Code}), {Figures.EnM(d)} away.",
                RuleResult.Round(d), "m", null, new("communes", f.Item.Code, f.Item.FullName));
        }

        var commune = hits[0].Item;
        var feature = new FeatureRef("communes", commune.Code, commune.FullName);
        var declared = context.Site.DeclaredCommuneCode;
        if (!string.IsNullOrWhiteSpace(declared) && !string.Equals(declared.Trim(), commune.Code, StringComparison.OrdinalIgnoreCase))
        {
            return new(Id, RuleOutcome.Warn,
                () => $"Hồ sơ khai xã mã {declared}, nhưng vị trí thuộc {commune.FullName} (mã {commune.Code}).",
                () => $"The dossier declares commune {declared}, but the site is in {commune.FullName} (code {commune.Code}).",
                DecidingFeature: feature);
        }
        return new(Id, RuleOutcome.Pass, () => $"Vị trí thuộc {commune.FullName} (mã {commune.Code}).", () => $"The site is in {commune.FullName} (code {commune.Code}).", DecidingFeature: feature);
    }
}
