using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// The best-server grid: for every cell of the province and every server within <see cref="CoverageParameters.MaxRadiusKm"/>,
/// received level = EIRP − path loss − antenna pattern attenuation (COVERAGE.md), kept when it beats the cell's best for the
/// server's technology, per carrier and over all carriers.
/// Rows are independent and run in parallel: a row is written by one thread only, so the layers need no locks.
/// </summary>
public static class CoverageComputation
{
    private const double DegPerRad = 180 / Math.PI;

    /// <summary>Runs the grid. <paramref name="rowsDone"/> hears the count of finished rows; cancelling stops between rows.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CoverageResult Run(
        CoverageInputs inputs,
        CoverageParameters parameters,
        IProgress<int>? rowsDone = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default
    )
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var grid = inputs.Grid;
        var servers = inputs.Servers;
        var layers = CreateLayers(inputs);
        var own = new int[servers.Count];
        var all = new int[servers.Count];
        for (var s = 0; s < servers.Count; s++)
        {
            own[s] = IndexOf(layers, servers[s].Technology, servers[s].Carrier);
            all[s] = IndexOf(layers, servers[s].Technology, null);
        }

        var evaluations = new long[servers.Count];
        var outside = new long[servers.Count];
        var notes = new string?[servers.Count];
        // Each server's note is the one of the first grid row (lowest index) that has one, not of whichever row a thread
        // finished first: the report must not change with the machine's load.
        var noteRows = Enumerable.Repeat(int.MaxValue, servers.Count).ToArray();
        var pattern = parameters.Pattern;
        var radiusM = parameters.MaxRadiusKm * 1000;
        var rxHeightM = parameters.RxHeightM;
        // Tabulate each server's loss and vertical attenuation over distance once (see RadialProfile), in parallel. A profile
        // depends on the model, the frequency and the antenna height alone (the pattern, mobile height and radius are the run's),
        // so servers that share them share one: a province's sectors use a handful of bands and heights.
        var kinds = servers.Select(s => (s.Model, s.FrequencyMhz, s.TxHeightM)).Distinct().ToList();
        var kindProfiles = new RadialProfile[kinds.Count];
        Parallel.For(
            0,
            kinds.Count,
            new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
            },
            k =>
                kindProfiles[k] = new RadialProfile(
                    servers.First(s => (s.Model, s.FrequencyMhz, s.TxHeightM) == kinds[k]),
                    pattern,
                    rxHeightM,
                    radiusM
                )
        );
        var kindOf = kinds.Select((kind, k) => (kind, k)).ToDictionary(x => x.kind, x => x.k);
        var profiles = servers.Select(s => kindProfiles[kindOf[(s.Model, s.FrequencyMhz, s.TxHeightM)]]).ToArray();
        var sites = Sites(servers);
        var scratchLength = 2 * (int)Math.Ceiling(radiusM / grid.ResolutionM) + 3;
        var finished = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(
            0,
            grid.Rows,
            options,
            () => new RowScratch(scratchLength),
            (row, _, scratch) =>
            {
                var y = grid.CentreY(row);
                foreach (var (start, end) in sites)
                {
                    var dy = y - servers[start].YM;
                    if (Math.Abs(dy) > radiusM)
                        continue;
                    // Every profile of the run has the same radius, hence the same nodes: the first sector's serves the site.
                    var n = SiteGeometry(grid, inputs.InProvince, row, dy, servers[start].XM, radiusM, profiles[start], scratch);
                    if (n == 0)
                        continue;
                    for (var s = start; s < end; s++)
                    {
                        var (outsideCount, note) = RowForServer(
                            scratch,
                            n,
                            dy,
                            servers[s],
                            s,
                            profiles[s],
                            pattern,
                            layers[own[s]],
                            layers[all[s]]
                        );
                        Interlocked.Add(ref evaluations[s], n);
                        if (outsideCount == 0)
                            continue;
                        Interlocked.Add(ref outside[s], outsideCount);
                        lock (noteRows)
                        {
                            if (row < noteRows[s])
                                (noteRows[s], notes[s]) = (row, note);
                        }
                    }
                }
                rowsDone?.Report(Interlocked.Increment(ref finished));
                return scratch;
            },
            _ => { }
        );

        var validity = new ValidityCount[servers.Count];
        for (var s = 0; s < servers.Count; s++)
            validity[s] = new ValidityCount(s, evaluations[s], outside[s], notes[s]);
        return new CoverageResult(inputs, parameters, layers, validity, clock.Elapsed);
    }

    /// <summary>
    /// Runs of consecutive servers that stand at the same point (a site's sectors): the distance, its logarithm and the bearing of
    /// a cell are the same for all of them, so the kernel computes them once per site (<see cref="SiteGeometry"/>) and then once
    /// per sector only what depends on the sector. Runs keep the servers' order, so a cell still sees its servers in id order
    /// and ties go to the lowest id, as before.
    /// </summary>
    internal static List<(int Start, int End)> Sites(IReadOnlyList<CoverageServer> servers)
    {
        var sites = new List<(int, int)>();
        var start = 0;
        for (var s = 1; s <= servers.Count; s++)
        {
            if (s < servers.Count && servers[s].XM.Equals(servers[start].XM) && servers[s].YM.Equals(servers[start].YM))
                continue;
            sites.Add((start, s));
            start = s;
        }
        return sites;
    }

    /// <summary>
    /// One row's cells as seen from one site: those whose centres lie within the radius and inside the province, with their
    /// offset east, distance, profile node and fraction (see <see cref="RadialProfile.Node"/>; nodes depend on the radius
    /// only, so any profile of the run will do). Returns how many.
    /// </summary>
    internal static int SiteGeometry(
        CoverageGrid grid,
        bool[] inProvince,
        int row,
        double dy,
        double siteXM,
        double radiusM,
        RadialProfile profile,
        RowScratch scratch
    )
    {
        var halfChordM = Math.Sqrt(radiusM * radiusM - dy * dy);
        var res = grid.ResolutionM;
        var first = Math.Max(0, (int)Math.Ceiling((siteXM - halfChordM - grid.WestM) / res - 0.5));
        var last = Math.Min(grid.Columns - 1, (int)Math.Floor((siteXM + halfChordM - grid.WestM) / res - 0.5));
        var rowBase = row * grid.Columns;
        var n = 0;
        for (var c = first; c <= last; c++)
        {
            var cell = rowBase + c;
            if (!inProvince[cell])
                continue;
            var dx = grid.WestM + (c + 0.5) * res - siteXM;
            var distanceM = Math.Sqrt(dx * dx + dy * dy);
            var (k, f) = profile.Node(distanceM);
            scratch.Cell[n] = cell;
            scratch.DxM[n] = dx;
            scratch.DistanceM[n] = distanceM;
            scratch.Node[n] = k;
            scratch.Fraction[n] = f;
            scratch.BearingRad[n] = float.NaN;
            n++;
        }
        return n;
    }

    /// <summary>
    /// The per-cell kernel for one server over the <paramref name="n"/> cells of its site's row (<see cref="SiteGeometry"/>).
    /// Allocation-free; the model's loss (through the server's <see cref="RadialProfile"/>) is taken at the true horizontal
    /// distance, even below 1 km (its note says so), except that a cell centre within 1 m of the mast is taken at 1 m, where the
    /// logarithm of the distance would otherwise diverge.
    /// Behind the antenna the horizontal attenuation alone reaches the 25 dB cap, and the combined attenuation is capped at 25 dB
    /// too, so there the level is EIRP − loss − 25 whatever the bearing and the vertical plane: a cell clearly beyond the cap's
    /// angle (by <see cref="BackLobeMarginDeg"/>, a dot product against the boresight instead of an arctangent) skips both.
    /// Where even no horizontal attenuation could not beat the cell's best so far, the pattern is not evaluated at all; the
    /// bearing, where needed, is computed once per cell for the site. Every level kept is the same double expression as when
    /// each cell is evaluated in full, so results are identical bit for bit (CoverageKernelTests checks it).
    /// </summary>
    internal static (long OutsideValidity, string? Note) RowForServer(
        RowScratch scratch,
        int n,
        double dy,
        CoverageServer server,
        int serverId,
        RadialProfile profile,
        AntennaPattern pattern,
        CoverageLayer own,
        CoverageLayer all
    )
    {
        var ownLevel = own.LevelDbm;
        var ownServer = own.Server;
        var allLevel = all.LevelDbm;
        var allServer = all.Server;
        long outsideCount = 0;
        string? note = null;
        var eirpDbm = server.EirpDbm;
        var azimuthDeg = server.GridAzimuthDeg;
        var (sinAz, cosAz) = Math.SinCos(azimuthDeg / DegPerRad);
        var backLobeCos = BackLobeCosine(pattern);
        var cells = scratch.Cell;
        var dxs = scratch.DxM;
        var distances = scratch.DistanceM;
        var nodes = scratch.Node;
        var fractions = scratch.Fraction;
        var bearings = scratch.BearingRad;
        for (var i = 0; i < n; i++)
        {
            var cell = cells[i];
            var k = nodes[i];
            var f = fractions[i];
            var lossDb = profile.LossDb(k, f);
            var cellNote = profile.Note(k);
            if (cellNote is not null)
            {
                outsideCount++;
                note ??= cellNote;
            }
            // The combined attenuation is at least min(vertical, cap), so EIRP − loss − that bounds the level from above, and
            // rounding keeps the order: when even the bound does not beat the carrier's best (which the all-carriers layer's best
            // is at least), neither layer changes and the horizontal plane is not needed.
            var verticalDb = profile.VerticalDb(k, f);
            var ownBest = ownLevel[cell];
            if ((float)(eirpDbm - lossDb - Math.Min(verticalDb, AntennaPattern.MaxAttenuationDb)) <= ownBest)
                continue;
            var dx = dxs[i];
            var distanceM = distances[i];
            double attenuationDb;
            if (dx * sinAz + dy * cosAz < backLobeCos * distanceM && distanceM >= 1)
            {
                attenuationDb = AntennaPattern.MaxAttenuationDb;
            }
            else
            {
                var bearingRad = bearings[i];
                if (float.IsNaN(bearingRad))
                    bearings[i] = bearingRad = MathF.Atan2((float)dx, (float)dy);
                var horizontalDb = pattern.HorizontalDb(AntennaPattern.OffBoresightDeg(bearingRad * DegPerRad, azimuthDeg));
                attenuationDb = Math.Min(horizontalDb + verticalDb, AntennaPattern.MaxAttenuationDb);
            }
            var level = (float)(eirpDbm - lossDb - attenuationDb);
            if (level > ownBest)
            {
                ownLevel[cell] = level;
                ownServer[cell] = serverId;
            }
            if (level > allLevel[cell])
            {
                allLevel[cell] = level;
                allServer[cell] = serverId;
            }
        }
        return (outsideCount, note);
    }

    /// <summary>
    /// How far beyond the angle where the horizontal attenuation reaches its cap a cell must lie for the kernel to take the cap
    /// without the arctangent: far more than the single-precision bearing's error (10⁻⁵°), so the shortcut never changes a result.
    /// </summary>
    internal const double BackLobeMarginDeg = 1;

    /// <summary>
    /// The cosine of (the cap's angle + the margin): a cell whose direction makes a smaller cosine with the boresight lies in the
    /// capped back lobe. −∞ when no bearing reaches the cap (a beam wider than about 86°), which turns the shortcut off.
    /// </summary>
    internal static double BackLobeCosine(AntennaPattern pattern)
    {
        var capDeg = pattern.HorizontalBeamwidthDeg * Math.Sqrt(AntennaPattern.MaxAttenuationDb / 12) + BackLobeMarginDeg;
        return capDeg >= 180 ? double.NegativeInfinity : Math.Cos(capDeg / DegPerRad);
    }

    internal static List<CoverageLayer> CreateLayers(CoverageInputs inputs)
    {
        var layers = new List<CoverageLayer>();
        foreach (var technology in Enum.GetValues<Technology>())
        {
            var carriers = inputs
                .Servers.Where(s => s.Technology == technology)
                .Select(s => s.Carrier)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            if (carriers.Count == 0)
                continue;
            layers.Add(new CoverageLayer(technology, null, inputs.Grid.CellCount));
            foreach (var carrier in carriers)
                layers.Add(new CoverageLayer(technology, carrier, inputs.Grid.CellCount));
        }
        return layers;
    }

    internal static int IndexOf(List<CoverageLayer> layers, Technology technology, string? carrier)
    {
        for (var i = 0; i < layers.Count; i++)
        {
            if (layers[i].Technology == technology && layers[i].Carrier == carrier)
                return i;
        }
        throw new InvalidOperationException($"no layer for {technology} {carrier}");
    }

    /// <summary>One thread's buffers for a site's row of cells: as many as a chord of the radius holds.</summary>
    internal sealed class RowScratch(int length)
    {
        public int[] Cell { get; } = new int[length];
        public double[] DxM { get; } = new double[length];
        public double[] DistanceM { get; } = new double[length];
        public int[] Node { get; } = new int[length];
        public float[] Fraction { get; } = new float[length];
        public float[] BearingRad { get; } = new float[length];
    }
}
