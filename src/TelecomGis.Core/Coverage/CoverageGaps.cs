using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// Finds gaps: 4-connected components of uncovered province cells (cells touching only at a corner are separate gaps, as a
/// phone cannot walk through a corner) with at least <see cref="CoverageParameters.MinGapAreaKm2"/>, each outlined by the union
/// of its rows' runs of cells.
/// </summary>
public static class CoverageGaps
{
    public static IReadOnlyList<CoverageGap> Find(
        CoverageResult result,
        CoverageLayer layer,
        GeometryFactory metricFactory,
        CancellationToken cancellationToken = default
    )
    {
        var inputs = result.Inputs;
        var grid = inputs.Grid;
        var threshold = result.ThresholdDbm(layer.Technology);
        var peoplePerCell = PeoplePerCell(inputs);
        var minCells = (int)Math.Ceiling(result.Parameters.MinGapAreaKm2 / grid.CellAreaKm2 - 1e-9);

        var seen = new bool[grid.CellCount];
        var stack = new Stack<int>();
        var component = new List<int>();
        var gaps = new List<CoverageGap>();
        for (var start = 0; start < grid.CellCount; start++)
        {
            if (seen[start] || !inputs.InProvince[start] || layer.LevelDbm[start] >= threshold)
                continue;
            cancellationToken.ThrowIfCancellationRequested();
            component.Clear();
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var cell = stack.Pop();
                component.Add(cell);
                var column = cell % grid.Columns;
                var row = cell / grid.Columns;
                if (column > 0)
                    Visit(cell - 1);
                if (column + 1 < grid.Columns)
                    Visit(cell + 1);
                if (row > 0)
                    Visit(cell - grid.Columns);
                if (row + 1 < grid.Rows)
                    Visit(cell + grid.Columns);
            }
            if (component.Count < Math.Max(1, minCells))
                continue;
            gaps.Add(Describe(gaps.Count + 1, component, result, layer, peoplePerCell, metricFactory));
        }
        return gaps.OrderByDescending(g => g.Population).ThenByDescending(g => g.Cells).ToList();

        void Visit(int next)
        {
            if (seen[next] || !inputs.InProvince[next] || layer.LevelDbm[next] >= threshold)
                return;
            seen[next] = true;
            stack.Push(next);
        }
    }

    /// <summary>Each commune's population divided by its cell count, per cell (0 outside every commune).</summary>
    public static double[] PeoplePerCell(CoverageInputs inputs)
    {
        var counts = new int[inputs.Communes.Count];
        foreach (var c in inputs.CommuneOfCell)
        {
            if (c >= 0)
                counts[c]++;
        }
        var perCell = new double[inputs.Grid.CellCount];
        for (var i = 0; i < perCell.Length; i++)
        {
            var c = inputs.CommuneOfCell[i];
            if (c >= 0)
                perCell[i] = (double)inputs.Communes[c].Population / counts[c];
        }
        return perCell;
    }

    private static CoverageGap Describe(
        int number,
        List<int> cells,
        CoverageResult result,
        CoverageLayer layer,
        double[] peoplePerCell,
        GeometryFactory factory
    )
    {
        var grid = result.Grid;
        cells.Sort();
        var population = 0.0;
        var byCommune = new Dictionary<int, int>();
        var runs = new List<Geometry>();
        var runStart = cells[0];
        for (var k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            population += peoplePerCell[cell];
            var commune = result.Inputs.CommuneOfCell[cell];
            if (commune >= 0)
                byCommune[commune] = byCommune.GetValueOrDefault(commune) + 1;
            var endsRun = k + 1 == cells.Count || cells[k + 1] != cell + 1 || (cell + 1) % grid.Columns == 0;
            if (!endsRun)
                continue;
            var row = runStart / grid.Columns;
            var x0 = grid.WestM + (runStart % grid.Columns) * grid.ResolutionM;
            var x1 = grid.WestM + (cell % grid.Columns + 1) * grid.ResolutionM;
            var y1 = grid.NorthM - row * grid.ResolutionM;
            runs.Add(factory.ToGeometry(new Envelope(x0, x1, y1 - grid.ResolutionM, y1)));
            if (k + 1 < cells.Count)
                runStart = cells[k + 1];
        }
        var outline = CascadedPolygonUnion.Union(runs);
        // By the name a planner reads ("Phường Hạ Long", "Đặc khu Cô Tô"), once each: a commune of several islands is several
        // polygons of one name, and "Hạ Long" alone is also the name of the former city.
        var communes = byCommune
            .OrderByDescending(kv => kv.Value)
            .Select(kv => result.Inputs.Communes[kv.Key].FullName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CoverageGap(
            $"{layer.Technology.Label()}-{layer.Carrier ?? "all"}-{number:D4}",
            layer.Technology,
            layer.Carrier,
            cells.Count,
            cells.Count * grid.CellAreaKm2,
            population,
            communes,
            outline
        );
    }
}
