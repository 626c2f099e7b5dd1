using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// What a coverage run works on, already in the frame's metres: the grid, which cells lie in the province, which commune each
/// cell's centre falls in, and the servers. Built once per plan and parameters; a resilience run reuses it without some sites.
/// </summary>
/// <param name="InProvince">Per cell: its centre lies inside the province boundary (only those cells are evaluated).</param>
/// <param name="CommuneOfCell">Per cell: index into <paramref name="Communes"/>, −1 outside every commune.</param>
/// <param name="SiteSetVersion">The sites' version (<see cref="Coverage.SiteSetVersion"/>), a part of the cache key.</param>
public sealed record CoverageInputs(
    CoverageGrid Grid,
    bool[] InProvince,
    int[] CommuneOfCell,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<CoverageServer> Servers,
    string SiteSetVersion
)
{
    /// <summary>
    /// Lays the grid over the province, rasterises the province and the communes of the index's day (which must be
    /// <see cref="CoverageParameters.CommunesOn"/>), and turns every sector of every site into a server whose model
    /// <paramref name="modelFor"/> picks by frequency and the environment of the commune the site stands in
    /// (<see cref="CommuneEnvironment"/>; the commune an <see cref="AreaLocator{T}"/> finds).
    /// </summary>
    public static CoverageInputs FromPlan(
        PlanIndex index,
        CoverageParameters parameters,
        Func<double, PropagationEnvironment, IPathLossModel> modelFor
    )
    {
        if (index.CommunesValidOn != parameters.CommunesOn)
        {
            throw new ArgumentException(
                $"The index holds the communes of {index.CommunesValidOn:yyyy-MM-dd}, the parameters ask for {parameters.CommunesOn:yyyy-MM-dd}.",
                nameof(parameters)
            );
        }
        var plan = index.Plan;
        var frame = index.Frame;
        var province = index.Province.Features[0].Metric;
        var grid = CoverageGrid.Covering(province.EnvelopeInternal, parameters.ResolutionM, frame.Epsg);

        var inProvince = new bool[grid.CellCount];
        CellRasterizer.Fill(grid, province, cell => inProvince[cell] = true);

        var communes = index.Communes.Features;
        var communeOfCell = new int[grid.CellCount];
        Array.Fill(communeOfCell, -1);
        for (var i = 0; i < communes.Count; i++)
        {
            var at = i;
            CellRasterizer.Fill(grid, communes[i].Metric, cell => communeOfCell[cell] = at);
        }

        var servers = new List<CoverageServer>();
        var holding = new AreaLocator<Commune>(index.Communes);
        foreach (var site in plan.Sites)
        {
            var at = frame.ToMetric(site.Location.X, site.Location.Y);
            var commune = holding.IndexAt(at);
            var environment = CommuneEnvironment.Of(commune >= 0 ? communes[commune].Item : null);
            var convergenceDeg = Bearings.GridBearingOfTrueNorthDeg(frame.Transform, site.Location.X, site.Location.Y);
            for (var k = 0; k < site.Sectors.Count; k++)
            {
                var s = site.Sectors[k];
                servers.Add(
                    new CoverageServer(
                        site.Id,
                        k,
                        site.Carrier,
                        s.Technology,
                        at.X,
                        at.Y,
                        s.AzimuthDeg + convergenceDeg,
                        s.FrequencyMhz,
                        s.EirpDbm,
                        s.AntennaHeightM ?? site.HeightM,
                        environment,
                        modelFor(s.FrequencyMhz, environment)
                    )
                );
            }
        }
        return new CoverageInputs(
            grid,
            inProvince,
            communeOfCell,
            [.. communes.Select(c => c.Item)],
            servers,
            Coverage.SiteSetVersion.Of(plan.Sites)
        );
    }

    /// <summary>The same for a plan not yet indexed: indexes it for <see cref="CoverageParameters.CommunesOn"/>.</summary>
    public static CoverageInputs FromPlan(
        ProvincePlan plan,
        CoverageParameters parameters,
        Func<double, PropagationEnvironment, IPathLossModel> modelFor
    ) => FromPlan(new PlanIndex(plan, parameters.CommunesOn), parameters, modelFor);

    /// <summary>The same inputs without the servers of <paramref name="failedSiteIds"/> (a resilience scenario).</summary>
    public CoverageInputs WithoutSites(IReadOnlySet<string> failedSiteIds)
    {
        var kept = Servers.Where(s => !failedSiteIds.Contains(s.SiteId)).ToList();
        var tag = string.Join(",", failedSiteIds.Order(StringComparer.Ordinal));
        return this with { Servers = kept, SiteSetVersion = $"{SiteSetVersion}-without:{tag}" };
    }

    /// <summary>The carriers that own at least one server, in ordinal order.</summary>
    public IReadOnlyList<string> Carriers => Servers.Select(s => s.Carrier).Distinct().Order(StringComparer.Ordinal).ToList();
}
