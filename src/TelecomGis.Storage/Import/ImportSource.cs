namespace TelecomGis.Storage.Import;

/// <summary>Reads a source file with the reader its extension names (one reader per format).</summary>
public static class ImportSource
{
    /// <summary>The extensions an import reads, for messages.</summary>
    public const string Extensions = ".shp, .gpkg, .kml, .kmz, .geojson, .json, .csv, .xlsx";

    /// <param name="path">The file (for a Shapefile, the .shp).</param>
    /// <param name="srs">The source's system where the file does not say it, or says it wrongly (<c>--srs</c>).</param>
    /// <param name="encoding">The text encoding of a .dbf or CSV (<c>--encoding</c>); Auto decides from the file.</param>
    /// <param name="sourceLayer">The GeoPackage table to read, where it holds several.</param>
    /// <param name="layer">The bundle layer being filled (a GeoPackage table of that name is taken by default).</param>
    public static SourceData Read(string path, int? srs, SourceEncoding encoding, string? sourceLayer, ImportLayer layer)
    {
        if (!File.Exists(path))
            throw new ImportFileException($"không có tệp \"{path}\".", $"no file \"{path}\".");
        if (srs is { } code && !SourceCrs.IsKnown(code))
            throw new ImportFileException(
                $"--srs EPSG:{code} không phải WGS 84 (4326), VN-2000 (4756) hay một hệ VN-2000 TM-3/UTM.",
                $"--srs EPSG:{code} is not WGS 84 (4326), VN-2000 (4756) or a VN-2000 TM-3/UTM system."
            );
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".shp" => ShapefileSource.Read(path, srs, encoding),
            ".gpkg" => GeoPackageSource.Read(path, sourceLayer, layer.Name, srs),
            ".kml" => KmlSource.Read(File.ReadAllBytes(path)),
            ".kmz" => KmlSource.ReadKmz(File.ReadAllBytes(path)),
            ".geojson" or ".json" => GeoJsonSource.Read(File.ReadAllBytes(path), srs),
            ".csv" or ".txt" => CsvSource.Read(File.ReadAllBytes(path), srs, encoding),
            ".xlsx" => XlsxSource.Read(File.ReadAllBytes(path), srs, encoding),
            var other => throw new ImportFileException(
                $"không đọc được tệp dạng \"{other}\"; các dạng được nhận: {Extensions}.",
                $"files of type \"{other}\" cannot be imported; accepted: {Extensions}."
            ),
        };
    }
}
