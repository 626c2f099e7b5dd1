using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Appraisal.Rules;

/// <summary>R01: the site lies inside the province; if swapping the axes would put it inside, say so.</summary>
public sealed class R01InsideProvince : IAppraisalRule
{
    public string Id => "R01";
    public string TitleVi => "Nằm trong địa giới tỉnh";
    public string TitleEn => "Inside the province";

    /// <summary>Outside the province nothing else of its plan can be judged.</summary>
    public bool IsPrecondition => true;

    /// <summary>
    /// The pass, the same for every site inside a province, so made once per indexed province and shared: a result holds no site's
    /// data and is never changed once made, and a batch of a hundred thousand sites made one each (issue 14, item 5).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<
        Spatial.IndexedFeature<Administration.Province>,
        RuleResult
    > Inside = new();

    private static RuleResult InsideOf(Spatial.IndexedFeature<Administration.Province> province)
    {
        var name = province.Item.Name;
        return RuleResult.Pass(
            "R01",
            $"Vị trí nằm trong địa giới tỉnh {name}.",
            $"The site is inside {name} province.",
            decidedBy: new FeatureRef("province", province.Item.Code, name)
        );
    }

    public RuleResult Evaluate(AppraisalContext context)
    {
        var index = context.Index;
        var province = index.Province.Features[0];
        var name = province.Item.Name;
        // Being inside favours the site, so the 5 mm go the other way (APPRAISAL.md, second edition, 1): a site on the boundary
        // or within 5 mm inside it is not taken as inside the province.
        if (province.CoversBeyondTolerance(context.Location))
            return Inside.GetValue(province, InsideOf);
        var feature = new FeatureRef("province", province.Item.Code, name);

        var distance = province.DistanceTo(context.Location);
        var (tolVi, tolEn) = province.CoversExactly(context.Location) ? Spatial.Distances.ToleranceNote : ("", "");
        var swapHintVi = "";
        var swapHintEn = "";
        if (SwappedLonLatIsInside(context, province) is { } swapped)
        {
            swapHintVi = $" Nếu hoán đổi kinh độ và vĩ độ ({swapped}) thì vị trí nằm trong tỉnh: kiểm tra lại thứ tự tọa độ.";
            swapHintEn = $" With longitude and latitude swapped ({swapped}) it would be inside: check the coordinate order.";
        }
        else if (province.Covers(new Coordinate(context.Location.Y, context.Location.X)))
        {
            swapHintVi = " Nếu hoán đổi X và Y (VN-2000) thì vị trí nằm trong tỉnh: X là tọa độ Bắc, Y là tọa độ Đông.";
            swapHintEn = " With VN-2000 X and Y swapped it would be inside: X is the northing, Y the easting.";
        }

        return RuleResult.Fail(
            Id,
            () => $"Vị trí nằm ngoài địa giới tỉnh {name}, cách ranh giới {Figures.VnM(distance)}{tolVi}.{swapHintVi}",
            () => $"The site is outside {name} province, {Figures.EnM(distance)} from its boundary{tolEn}.{swapHintEn}",
            measured: RuleResult.Round(distance),
            unit: "m",
            against: 0,
            decidedBy: feature
        );
    }

    private static string? SwappedLonLatIsInside(AppraisalContext context, Spatial.IndexedFeature<Administration.Province> province)
    {
        var (lon, lat) = (context.Site.LatDeg, context.Site.LonDeg);
        if (Math.Abs(lat) > 90 || Math.Abs(lon) > 180)
            return null;
        var swapped = context.Index.Frame.ToMetric(lon, lat);
        return double.IsFinite(swapped.X) && province.Covers(swapped)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"lon {lon:0.######}, lat {lat:0.######}")
            : null;
    }
}
