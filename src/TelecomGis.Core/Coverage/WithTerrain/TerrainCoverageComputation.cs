using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// The best-server grid with the ITM over terrain (COVERAGE.md: "with a terrain model loaded, the NTIA Irregular Terrain Model
/// along the profile"). Per site, the terrain is sampled along <see cref="RadialGeometry"/>'s radials and the ITM runs point to
/// point to every range node, once per frequency and antenna height among its sectors (<see cref="SiteLossTable"/>). A cell then
/// takes free space at its own distance plus the terrain's excess over free space interpolated bilinearly between its four nodes
/// (two radials, two ranges; inside the first range, the first node of each radial): on a node, it is the ITM's loss for the
/// profile from the mast to that point. Pattern and level are as in <see cref="CoverageComputation"/>: EIRP − loss − the 3GPP
/// pattern, the vertical plane from the antenna heights above ground.
/// <para>
/// Where a node with weight has no loss (no terrain at the mast, a profile leaving the terrain model or crossing a void, or the
/// ITM refusing the link), the cell takes the sector's empirical model, and <see cref="TerrainCoverageReport"/> counts it: missing
/// terrain is never taken as sea level.
/// </para>
/// Sites run in batches: a batch's tables in parallel over sites, then its cells in parallel over rows, so that a cell still sees
/// its servers in id order (ties go to the lowest id) and no two threads write one row.
/// </summary>
public static class TerrainCoverageComputation
{
    /// <summary>Sites whose tables are held at once.</summary>
    public const int SitesPerBatch = 32;

    private const double DegPerRad = 180 / Math.PI;

    /// <summary>How many sites a run reports progress over (servers at one point are one site).</summary>
    public static int SiteCount(CoverageInputs inputs) => CoverageComputation.Sites(inputs.Servers).Count;

    /// <summary>Runs the grid. <paramref name="sitesDone"/> hears the count of finished sites; cancelling stops between batches.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static TerrainCoverageResult Run(
        CoverageInputs inputs,
        CoverageParameters parameters,
        ITerrainModel terrain,
        ItmCoverageSettings settings,
        IProgress<int>? sitesDone = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default
    )
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var grid = inputs.Grid;
        var servers = inputs.Servers;
        var layers = CoverageComputation.CreateLayers(inputs);
        var own = new int[servers.Count];
        var all = new int[servers.Count];
        for (var s = 0; s < servers.Count; s++)
        {
            own[s] = CoverageComputation.IndexOf(layers, servers[s].Technology, servers[s].Carrier);
            all[s] = CoverageComputation.IndexOf(layers, servers[s].Technology, null);
        }

        var frame = new MetricFrame(grid.Epsg);
        var pattern = parameters.Pattern;
        var radiusM = parameters.MaxRadiusKm * 1000;
        var geometry = RadialGeometry.For(grid.ResolutionM, radiusM, settings.MaxProfileSpacingM);
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        // The empirical profiles serve the fallback and the vertical plane, exactly as in the empirical run.
        var kinds = servers.Select(s => (s.Model, s.FrequencyMhz, s.TxHeightM)).Distinct().ToList();
        var kindProfiles = new RadialProfile[kinds.Count];
        Parallel.For(0, kinds.Count, options, k =>
            kindProfiles[k] = new RadialProfile(
                servers.First(s => (s.Model, s.FrequencyMhz, s.TxHeightM) == kinds[k]),
                pattern,
                parameters.RxHeightM,
                radiusM
            )
        );
        var kindOf = kinds.Select((kind, k) => (kind, k)).ToDictionary(x => x.kind, x => x.k);
        var profiles = servers.Select(s => kindProfiles[kindOf[(s.Model, s.FrequencyMhz, s.TxHeightM)]]).ToArray();

        var sites = CoverageComputation.Sites(servers);
        var counts = new TerrainServerCounts(servers.Count);
        var cellFellBack = new bool[grid.CellCount];
        var siteFallbacks = new SiteTerrainFallback?[sites.Count];
        var scratchLength = 2 * (int)Math.Ceiling(radiusM / grid.ResolutionM) + 3;
        for (var first = 0; first < sites.Count; first += SitesPerBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = sites.GetRange(first, Math.Min(SitesPerBatch, sites.Count - first));
            var tables = new SiteLossTable[batch.Count][];
            Parallel.For(0, batch.Count, options, b =>
                tables[b] = Tables(batch[b], servers, terrain, frame, geometry, parameters.RxHeightM, settings)
            );

            var topRow = Math.Max(0, (int)Math.Floor((grid.NorthM - batch.Max(r => servers[r.Start].YM) - radiusM) / grid.ResolutionM));
            var bottomRow = Math.Min(
                grid.Rows - 1,
                (int)Math.Ceiling((grid.NorthM - batch.Min(r => servers[r.Start].YM) + radiusM) / grid.ResolutionM)
            );
            Parallel.For(
                topRow,
                bottomRow + 1,
                options,
                () => new CoverageComputation.RowScratch(scratchLength),
                (row, _, scratch) =>
                {
                    var y = grid.CentreY(row);
                    for (var b = 0; b < batch.Count; b++)
                    {
                        var (start, end) = batch[b];
                        var dy = y - servers[start].YM;
                        if (Math.Abs(dy) > radiusM)
                            continue;
                        var n = CoverageComputation.SiteGeometry(
                            grid,
                            inputs.InProvince,
                            row,
                            dy,
                            servers[start].XM,
                            radiusM,
                            profiles[start],
                            scratch
                        );
                        if (n == 0)
                            continue;
                        for (var s = start; s < end; s++)
                        {
                            RowForServer(
                                scratch,
                                n,
                                dy,
                                servers[s],
                                s,
                                tables[b][s - start],
                                profiles[s],
                                pattern,
                                layers[own[s]],
                                layers[all[s]],
                                cellFellBack,
                                counts
                            );
                        }
                    }
                    return scratch;
                },
                _ => { }
            );

            for (var b = 0; b < batch.Count; b++)
                siteFallbacks[first + b] = Fallback(batch[b], servers, tables[b], counts);
            sitesDone?.Report(first + batch.Count);
        }

        var wrapped = inputs with { Servers = [.. servers.Select(s => s with { Model = new ItmOverTerrainModel(s.Model) })] };
        var result = new CoverageResult(wrapped, parameters, layers, counts.Validity(), clock.Elapsed);
        var byReason = new Dictionary<TerrainFallbackReason, long>();
        foreach (var reason in Enum.GetValues<TerrainFallbackReason>())
        {
            if (reason != TerrainFallbackReason.None)
                byReason[reason] = counts.FallbackTotal(reason);
        }
        var report = new TerrainCoverageReport(
            settings,
            geometry,
            sites.Count,
            result.Evaluations,
            byReason,
            cellFellBack.Count(x => x),
            [.. siteFallbacks.OfType<SiteTerrainFallback>()]
        );
        return new TerrainCoverageResult(result, report);
    }

    /// <summary>One table per sector of a site; sectors with the same frequency and antenna height share one.</summary>
    private static SiteLossTable[] Tables(
        (int Start, int End) site,
        IReadOnlyList<CoverageServer> servers,
        ITerrainModel terrain,
        MetricFrame frame,
        RadialGeometry geometry,
        double rxHeightM,
        ItmCoverageSettings settings
    )
    {
        var siteTerrain = SiteTerrain.Sample(terrain, frame, servers[site.Start].XM, servers[site.Start].YM, geometry);
        var tables = new SiteLossTable[site.End - site.Start];
        for (var s = site.Start; s < site.End; s++)
        {
            var server = servers[s];
            for (var earlier = site.Start; earlier < s; earlier++)
            {
                if (servers[earlier].FrequencyMhz.Equals(server.FrequencyMhz) && servers[earlier].TxHeightM.Equals(server.TxHeightM))
                {
                    tables[s - site.Start] = tables[earlier - site.Start];
                    break;
                }
            }
            tables[s - site.Start] ??= new SiteLossTable(siteTerrain, server.FrequencyMhz, server.TxHeightM, rxHeightM, settings);
        }
        return tables;
    }

    /// <summary>
    /// The kernel for one server over its site's cells in a row (<see cref="CoverageComputation.SiteGeometry"/>): the loss from the
    /// radial table, or from the empirical profile where a node with weight has none.
    /// </summary>
    private static void RowForServer(
        CoverageComputation.RowScratch scratch,
        int n,
        double dy,
        CoverageServer server,
        int serverId,
        SiteLossTable table,
        RadialProfile profile,
        AntennaPattern pattern,
        CoverageLayer own,
        CoverageLayer all,
        bool[] cellFellBack,
        TerrainServerCounts counts
    )
    {
        var geometry = table.Geometry;
        var radials = geometry.Radials;
        var radialsPerRad = radials / (2 * Math.PI);
        var ranges = geometry.Ranges;
        var rangeStep = geometry.RangeStepM;
        var frequency = server.FrequencyMhz;
        var eirpDbm = server.EirpDbm;
        var azimuthDeg = server.GridAzimuthDeg;
        long outside = 0;
        var warnings = ItmWarnings.None;
        string? fallbackNote = null;
        Span<long> fallbacks = stackalloc long[4];
        for (var i = 0; i < n; i++)
        {
            var cell = scratch.Cell[i];
            var dx = scratch.DxM[i];
            var distanceM = scratch.DistanceM[i];
            var bearingRad = Math.Atan2(dx, dy);

            // The four nodes around the cell and their weights: radials a0, a1 = a0 + 1 (mod N) at fraction fa, ranges j0, j1 at fr.
            var u = bearingRad * radialsPerRad;
            if (u < 0)
                u += radials;
            var a0 = Math.Min((int)u, radials - 1);
            var fa = u - a0;
            var a1 = a0 + 1 == radials ? 0 : a0 + 1;
            var t = distanceM / rangeStep;
            int j0;
            double fr;
            if (t <= 1)
            {
                j0 = 1;
                fr = 0;
            }
            else
            {
                j0 = Math.Min((int)t, ranges - 1);
                fr = t - j0;
            }
            var j1 = Math.Min(j0 + 1, ranges);

            var reason = TerrainFallbackReason.None;
            var excess = 0.0;
            Add(table, a0, j0, (1 - fa) * (1 - fr), ref excess, ref reason);
            Add(table, a1, j0, fa * (1 - fr), ref excess, ref reason);
            Add(table, a0, j1, (1 - fa) * fr, ref excess, ref reason);
            Add(table, a1, j1, fa * fr, ref excess, ref reason);

            var (k, f) = (scratch.Node[i], scratch.Fraction[i]);
            double lossDb;
            if (reason == TerrainFallbackReason.None)
            {
                lossDb = SiteLossTable.FreeSpaceDb(frequency, Math.Max(distanceM, 1)) + excess;
                var nodeWarnings = table.Warnings(a0, j0);
                if (nodeWarnings != ItmWarnings.None)
                {
                    outside++;
                    warnings |= nodeWarnings;
                }
            }
            else
            {
                lossDb = profile.LossDb(k, f);
                fallbacks[(int)reason]++;
                cellFellBack[cell] = true;
                var note = profile.Note(k);
                if (note is not null)
                {
                    outside++;
                    fallbackNote ??= note;
                }
            }

            var horizontalDb = pattern.HorizontalDb(AntennaPattern.OffBoresightDeg(bearingRad * DegPerRad, azimuthDeg));
            var attenuationDb = Math.Min(horizontalDb + profile.VerticalDb(k, f), AntennaPattern.MaxAttenuationDb);
            var level = (float)(eirpDbm - lossDb - attenuationDb);
            if (level > own.LevelDbm[cell])
            {
                own.LevelDbm[cell] = level;
                own.Server[cell] = serverId;
            }
            if (level > all.LevelDbm[cell])
            {
                all.LevelDbm[cell] = level;
                all.Server[cell] = serverId;
            }
        }
        counts.Add(serverId, n, outside, warnings, fallbackNote, fallbacks);
    }

    /// <summary>Adds a node's excess with its weight; a node with weight and no loss marks the cell for the fallback.</summary>
    private static void Add(SiteLossTable table, int radial, int node, double weight, ref double excess, ref TerrainFallbackReason reason)
    {
        if (weight == 0)
            return;
        var e = table.ExcessDb(radial, node);
        if (double.IsNaN(e))
        {
            if (reason == TerrainFallbackReason.None)
                reason = table.Reason(radial, node);
            return;
        }
        excess += weight * e;
    }

    private static SiteTerrainFallback? Fallback(
        (int Start, int End) site,
        IReadOnlyList<CoverageServer> servers,
        SiteLossTable[] tables,
        TerrainServerCounts counts
    )
    {
        var worst = tables.MaxBy(t => t.MissingNodes)!;
        long evaluations = 0;
        for (var s = site.Start; s < site.End; s++)
            evaluations += counts.FallbackOf(s);
        if (worst.MissingNodes == 0 && evaluations == 0)
            return null;
        var reasons = new int[4];
        for (var a = 0; a < worst.Geometry.Radials; a++)
        {
            for (var j = 1; j <= worst.Geometry.Ranges; j++)
                reasons[(int)worst.Reason(a, j)]++;
        }
        reasons[0] = -1;
        var reason = (TerrainFallbackReason)Array.IndexOf(reasons, reasons.Max());
        var error = tables.Select(t => t.FirstError).FirstOrDefault(e => e != ItmError.None);
        return new SiteTerrainFallback(
            servers[site.Start].SiteId,
            reason,
            worst.MissingNodes,
            worst.Geometry.Radials * worst.Geometry.Ranges,
            evaluations,
            error == ItmError.None ? null : error.ToString()
        );
    }
}
