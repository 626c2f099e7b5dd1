namespace TelecomGis.Storage.Coverage;

/// <summary>
/// One overview level: half the columns and rows of the level above (rounded up), as GDAL's internal overviews are. Levels
/// (float32, dBm) take the mean of the valid cells of each 2 × 2 block, nodata only where all four are nodata, so a coarse map
/// does not lose thin coverage along a coast; server ids (int32) are categories and take the block's north-west cell (nearest),
/// never an average of two ids.
/// </summary>
internal sealed record GeoTiffOverview(int Columns, int Rows, Array[] Planes)
{
    public GeoTiffOverview Halve(double noData)
    {
        var columns = (Columns + 1) / 2;
        var rows = (Rows + 1) / 2;
        var planes = new Array[Planes.Length];
        Parallel.For(0, Planes.Length, b =>
            planes[b] = Planes[b] is float[] f ? Mean(f, columns, rows, (float)noData) : Nearest((int[])Planes[b], columns, rows)
        );
        return new GeoTiffOverview(columns, rows, planes);
    }

    private float[] Mean(float[] source, int columns, int rows, float noData)
    {
        var result = new float[columns * rows];
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                double sum = 0;
                var count = 0;
                for (var dy = 0; dy < 2; dy++)
                {
                    var sy = 2 * y + dy;
                    if (sy >= Rows)
                        break;
                    for (var dx = 0; dx < 2; dx++)
                    {
                        var sx = 2 * x + dx;
                        if (sx >= Columns)
                            break;
                        var v = source[sy * Columns + sx];
                        if (v != noData && float.IsFinite(v))
                        {
                            sum += v;
                            count++;
                        }
                    }
                }
                result[y * columns + x] = count == 0 ? noData : (float)(sum / count);
            }
        }
        return result;
    }

    private int[] Nearest(int[] source, int columns, int rows)
    {
        var result = new int[columns * rows];
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
                result[y * columns + x] = source[2 * y * Columns + 2 * x];
        }
        return result;
    }
}
