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
    public static CoverageResult Run(CoverageInputs inputs, CoverageParameters parameters, IProgress<int>? rowsDone = null,
        int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
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
        var pattern = parameters.Pattern;
        var radiusM = parameters.MaxRadiusKm * 1000;
        var rxHeightM = parameters.RxHeightM;
        // Tabulate each server's loss and vertical attenuation over distance once (see RadialProfile), in parallel.
        var profiles = new RadialProfile[servers.Count];
        Parallel.For(0, servers.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
            s => profiles[s] = new RadialProfile(servers[s], pattern, rxHeightM, radiusM));
        var finished = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, grid.Rows, options, row =>
        {
            var y = grid.CentreY(row);
            for (var s = 0; s < servers.Count; s++)
            {
                var server = servers[s];
                var dy = y - server.YM;
                if (Math.Abs(dy) > radiusM) continue;
                var (count, outsideCount, note) = RowForServer(grid, inputs.InProvince, row, dy, server, s, profiles[s], pattern, radiusM,
                    layers[own[s]], layers[all[s]]);
                if (count == 0) continue;
                Interlocked.Add(ref evaluations[s], count);
                if (outsideCount == 0) continue;
                Interlocked.Add(ref outside[s], outsideCount);
                Interlocked.CompareExchange(ref notes[s], note, null);
            }
            rowsDone?.Report(Interlocked.Increment(ref finished));
        });

        var validity = new ValidityCount[servers.Count];
        for (var s = 0; s < servers.Count; s++) validity[s] = new ValidityCount(s, evaluations[s], outside[s], notes[s]);
        return new CoverageResult(inputs, parameters, layers, validity, clock.Elapsed);
    }

    /// <summary>
    /// The per-cell kernel for one server along one row: the cells whose centres lie within the radius, inside the province.
    /// Allocation-free; the model's loss (through the server's <see cref="RadialProfile"/>) is taken at the true horizontal
    /// distance, even below 1 km (its note says so), except that a cell centre within 1 m of the mast is taken at 1 m, where the
    /// logarithm of the distance would otherwise diverge.
    /// </summary>
    internal static (long Evaluations, long OutsideValidity, string? Note) RowForServer(CoverageGrid grid, bool[] inProvince, int row, double dy,
        CoverageServer server, int serverId, RadialProfile profile, AntennaPattern pattern, double radiusM, CoverageLayer own, CoverageLayer all)
    {
        var halfChordM = Math.Sqrt(radiusM * radiusM - dy * dy);
        var res = grid.ResolutionM;
        var first = Math.Max(0, (int)Math.Ceiling((server.XM - halfChordM - grid.WestM) / res - 0.5));
        var last = Math.Min(grid.Columns - 1, (int)Math.Floor((server.XM + halfChordM - grid.WestM) / res - 0.5));
        var ownLevel = own.LevelDbm;
        var ownServer = own.Server;
        var allLevel = all.LevelDbm;
        var allServer = all.Server;
        long count = 0, outsideCount = 0;
        string? note = null;
        var rowBase = row * grid.Columns;
        for (var c = first; c <= last; c++)
        {
            var cell = rowBase + c;
            if (!inProvince[cell]) continue;
            var dx = grid.WestM + (c + 0.5) * res - server.XM;
            var distanceM = Math.Sqrt(dx * dx + dy * dy);
            profile.Sample(distanceM, out var lossDb, out var verticalDb, out var cellNote);
            count++;
            if (cellNote is not null)
            {
                outsideCount++;
                note ??= cellNote;
            }
            var horizontalDb = pattern.HorizontalDb(AntennaPattern.OffBoresightDeg(MathF.Atan2((float)dx, (float)dy) * DegPerRad, server.GridAzimuthDeg));
            var level = (float)(server.EirpDbm - lossDb - Math.Min(horizontalDb + verticalDb, AntennaPattern.MaxAttenuationDb));
            if (level > ownLevel[cell])
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
        return (count, outsideCount, note);
    }

    private static List<CoverageLayer> CreateLayers(CoverageInputs inputs)
    {
        var layers = new List<CoverageLayer>();
        foreach (var technology in Enum.GetValues<Technology>())
        {
            var carriers = inputs.Servers.Where(s => s.Technology == technology).Select(s => s.Carrier).Distinct().Order(StringComparer.Ordinal).ToList();
            if (carriers.Count == 0) continue;
            layers.Add(new CoverageLayer(technology, null, inputs.Grid.CellCount));
            foreach (var carrier in carriers) layers.Add(new CoverageLayer(technology, carrier, inputs.Grid.CellCount));
        }
        return layers;
    }

    private static int IndexOf(List<CoverageLayer> layers, Technology technology, string? carrier)
    {
        for (var i = 0; i < layers.Count; i++)
        {
            if (layers[i].Technology == technology && layers[i].Carrier == carrier) return i;
        }
        throw new InvalidOperationException($"no layer for {technology} {carrier}");
    }
}
