using TelecomGis.Core.Coverage;

namespace TelecomGis.Storage.Coverage;

/// <summary>A coverage result as GeoTIFFs: best-server level (float32 dBm) and best-server id (int32), one band per layer.</summary>
public static class CoverageRaster
{
    /// <summary>Level of a cell outside the province or beyond every server's radius.</summary>
    public const float NoLevelDbm = -9999;

    /// <summary>Server id of a cell that no server reaches.</summary>
    public const int NoServer = -1;

    /// <summary>One float32 band per layer ("4G all carriers", "4G Viettel" …), in dBm, nodata −9999.</summary>
    public static void WriteLevels(Stream output, CoverageResult result)
    {
        var bands = new List<GeoTiffBand>();
        foreach (var layer in result.Layers)
        {
            var samples = new float[layer.LevelDbm.Length];
            for (var i = 0; i < samples.Length; i++)
            {
                var v = layer.LevelDbm[i];
                samples[i] = float.IsFinite(v) ? v : NoLevelDbm;
            }
            bands.Add(new GeoTiffBand($"{layer.Label}: best-server level, dBm", samples));
        }
        GeoTiffWriter.Write(output, result.Grid, bands, NoLevelDbm);
    }

    /// <summary>One int32 band per layer: the best server's index in servers.csv, nodata −1.</summary>
    public static void WriteServers(Stream output, CoverageResult result)
    {
        var bands = result.Layers.Select(l => new GeoTiffBand($"{l.Label}: best server", l.Server)).ToList();
        GeoTiffWriter.Write(output, result.Grid, bands, NoServer);
    }
}
