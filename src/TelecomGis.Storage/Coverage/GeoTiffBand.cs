namespace TelecomGis.Storage.Coverage;

/// <summary>One band of a GeoTIFF: its description (GDAL shows it per band) and its samples, row by row from the north.</summary>
public sealed record GeoTiffBand(string Description, Array Samples);
