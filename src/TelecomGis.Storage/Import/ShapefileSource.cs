using NetTopologySuite.Geometries;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads a Shapefile (.shp with its .dbf, .prj and .cpg): geometries through NetTopologySuite.IO.Esri.Shapefile, attributes
/// through <see cref="DbfTable"/>, the coordinate system from the .prj (<see cref="PrjFile"/>) or <c>--srs</c>, the text
/// encoding from the .cpg where it decides, else from the bytes (<see cref="VietnameseText.Detect"/>).
/// </summary>
public static class ShapefileSource
{
    public static SourceData Read(string shpPath, int? srs, SourceEncoding encoding)
    {
        var dbfPath = Sibling(shpPath, ".dbf")
            ?? throw new ImportFileException(
                "thiếu tệp .dbf đi kèm tệp .shp (bảng thuộc tính).",
                "the .dbf that goes with the .shp (the attribute table) is missing."
            );
        var notes = new List<(string, string)>();
        var epsg = Crs(shpPath, srs, notes);

        var table = DbfTable.Read(File.ReadAllBytes(dbfPath));
        if (encoding == SourceEncoding.Auto && Sibling(shpPath, ".cpg") is { } cpg)
            encoding = VietnameseText.FromCodePageName(File.ReadAllText(cpg));
        if (encoding == SourceEncoding.Auto)
        {
            var texts = table.Fields.Select(f => f.NameBytes).ToList();
            foreach (var record in table.Records.OfType<byte[]>())
                texts.AddRange(table.Fields.Where(f => f.Type == 'C').Select(f => DbfTable.Cell(record, f).ToArray()));
            encoding = VietnameseText.Detect(texts);
            notes.Add(
                (
                    $"bảng mã của tệp .dbf: {VietnameseText.Describe(encoding)} (nhận biết từ nội dung)",
                    $".dbf encoding: {VietnameseText.Describe(encoding)} (detected from the text)"
                )
            );
        }
        else
        {
            notes.Add(
                ($"bảng mã của tệp .dbf: {VietnameseText.Describe(encoding)}", $".dbf encoding: {VietnameseText.Describe(encoding)}")
            );
        }

        Geometry[] geometries;
        try
        {
            geometries = NetTopologySuite.IO.Esri.Shapefile.ReadAllGeometries(shpPath);
        }
        catch (Exception e)
            when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or FileNotFoundException)
        {
            throw new ImportFileException(
                "không đọc được tệp .shp (tệp hỏng hoặc không phải Shapefile).",
                $"the .shp cannot be read: {e.Message}",
                e
            );
        }
        if (geometries.Length != table.Records.Count)
            throw new ImportFileException(
                $"tệp .shp có {geometries.Length} đối tượng nhưng tệp .dbf có {table.Records.Count} dòng.",
                $"the .shp holds {geometries.Length} shapes but the .dbf {table.Records.Count} records."
            );

        var names = table.Fields.Select(f => VietnameseText.Decode(f.NameBytes, encoding)).ToList();
        var features = new List<SourceFeature>();
        for (var i = 0; i < geometries.Length; i++)
        {
            if (table.Records[i] is not { } record)
                continue;
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var f = 0; f < table.Fields.Count; f++)
                attributes[names[f]] = DbfTable.Value(record, table.Fields[f], encoding);
            var g = geometries[i];
            features.Add(new SourceFeature(i + 1, attributes, g is null || g.IsEmpty ? null : SourceCrs.ToWgs84(g, epsg)));
        }
        return new SourceData("Shapefile", names, features) { Notes = notes };
    }

    private static int Crs(string shpPath, int? srs, List<(string, string)> notes)
    {
        if (srs is { } given)
        {
            notes.Add(
                ($"hệ tọa độ: {SourceCrs.Describe(given)} (theo --srs)", $"coordinate system: {SourceCrs.Describe(given)} (from --srs)")
            );
            return given;
        }
        var prj = Sibling(shpPath, ".prj")
            ?? throw new ImportFileException(
                "thiếu tệp .prj nên không biết hệ tọa độ: dùng --srs EPSG:N (ví dụ --srs EPSG:5899 cho VN-2000 kinh tuyến trục 107°45').",
                "the .prj is missing, so the coordinate system is unknown: give --srs EPSG:N (e.g. --srs EPSG:5899 for VN-2000 107°45')."
            );
        var epsg = PrjFile.Recognise(File.ReadAllText(prj));
        notes.Add(
            ($"hệ tọa độ: {SourceCrs.Describe(epsg)} (từ tệp .prj)", $"coordinate system: {SourceCrs.Describe(epsg)} (from the .prj)")
        );
        return epsg;
    }

    /// <summary>The file beside the .shp with another extension, in any case (.DBF, .dbf), or null.</summary>
    private static string? Sibling(string shpPath, string extension)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(shpPath))!;
        var stem = Path.GetFileNameWithoutExtension(shpPath);
        return Directory
            .EnumerateFiles(folder, stem + ".*")
            .FirstOrDefault(f =>
                Path.GetFileNameWithoutExtension(f).Equals(stem, StringComparison.Ordinal)
                && Path.GetExtension(f).Equals(extension, StringComparison.OrdinalIgnoreCase)
            );
    }
}
