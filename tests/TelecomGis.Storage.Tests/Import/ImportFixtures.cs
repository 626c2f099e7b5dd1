using System.IO.Compression;
using System.Security;
using System.Text;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>
/// What the import tests build their sources with: a writable copy of the committed bundle, GDAL's ogr2ogr (an outside
/// writer, so that a Shapefile or GeoPackage is the one a department's GIS would hand over), and an .xlsx written part by
/// part, merged cells included, as Excel stores them (ECMA-376 Part 1, §18.3.1.55 mergeCells).
/// </summary>
internal static class ImportFixtures
{
    /// <summary>A copy of data/quang-ninh that a test may change.</summary>
    public static string BundleCopy()
    {
        var dir = Path.Combine(TestPaths.NewTempDir(), "bundle");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.EnumerateFiles(TestPaths.CommittedBundle))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    /// <summary>Runs ogr2ogr and fails the test, with GDAL's words, when it fails.</summary>
    public static void Ogr2Ogr(params string[] args)
    {
        var (exit, output, errors) = ExternalTool.RunAsync("ogr2ogr", args).GetAwaiter().GetResult();
        Assert.True(exit == 0, $"ogr2ogr {string.Join(' ', args)} failed: {output}{errors}");
    }

    /// <summary>A GeoJSON FeatureCollection of points with the given properties (WGS 84).</summary>
    public static string PointsGeoJson(IEnumerable<(double Lon, double Lat, string PropertiesJson)> points) =>
        "{\"type\":\"FeatureCollection\",\"features\":["
        + string.Join(
            ",",
            points.Select(p =>
                FormattableString.Invariant(
                    $"{{\"type\":\"Feature\",\"properties\":{p.PropertiesJson},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{p.Lon},{p.Lat}]}}}}"
                )
            )
        )
        + "]}";

    /// <summary>
    /// A one-sheet workbook: <paramref name="rows"/> from A1 (a cell is a string, a double or null), and the merged ranges
    /// ("A2:A3"), whose cells other than the first are left empty as Excel leaves them.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<object?[]> rows, params string[] merged)
    {
        var sheet = new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        );
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append(FormattableString.Invariant($"<row r=\"{r + 1}\">"));
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Append("<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + SecurityElement.Escape(s) + "</t></is></c>");
                        break;
                    case double d:
                        sheet.Append(FormattableString.Invariant($"<c r=\"{reference}\"><v>{d:R}</v></c>"));
                        break;
                }
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData>");
        if (merged.Length > 0)
            sheet
                .Append(FormattableString.Invariant($"<mergeCells count=\"{merged.Length}\">"))
                .Append(string.Concat(merged.Select(m => $"<mergeCell ref=\"{m}\"/>")))
                .Append("</mergeCells>");
        sheet.Append("</worksheet>");

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
            Part(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"
            );
            Part(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            );
            Part(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Trạm BTS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            );
            Part(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            );
            Part("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return stream.ToArray();
    }
}
