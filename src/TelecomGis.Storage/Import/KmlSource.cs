using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NetTopologySuite.Geometries;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads KML and KMZ (Google Earth's zipped KML): every Placemark, at any depth of Folders and Documents, with its name,
/// description, ExtendedData (Data and SchemaData) and the path of folders it sits in as the attribute <c>folder</c>
/// ("Trạm BTS/Viettel"), so a mapping can take a carrier or a kind from the folder. Points, LineStrings, Polygons and
/// MultiGeometry; KML is WGS 84 by definition (OGC 07-147r2, §6.2). No KML library is served here; the format is small XML.
/// </summary>
public static class KmlSource
{
    public const string FolderField = "folder";
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static SourceData ReadKmz(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            // Google Earth writes doc.kml; any other single .kml at the root is read the same way.
            var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals("doc.kml", StringComparison.OrdinalIgnoreCase))
                ?? zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException("tệp KMZ không chứa tệp .kml nào.", "the KMZ holds no .kml file.");
            if (entry.Length > 256L * 1024 * 1024)
                throw new ImportFileException("tệp KML trong KMZ quá lớn.", "the KML inside the KMZ is too large.");
            using var s = entry.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            return Read(buffer.ToArray(), "KMZ");
        }
        catch (InvalidDataException e)
        {
            throw new ImportFileException("tệp KMZ không phải tệp zip hợp lệ.", $"the KMZ is not a valid zip: {e.Message}", e);
        }
    }

    public static SourceData Read(byte[] content, string format = "KML")
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(
                new MemoryStream(content),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }
            );
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ImportFileException(
                $"tệp {format} không phải XML hợp lệ (dòng {e.LineNumber}).",
                $"the {format} is not valid XML (line {e.LineNumber}): {e.Message}",
                e
            );
        }
        var fields = new List<string> { "name", "description", FolderField };
        var features = new List<SourceFeature>();
        foreach (var placemark in doc.Descendants().Where(e => e.Name.LocalName == "Placemark"))
        {
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = Text(Child(placemark, "name")?.Value),
                ["description"] = Text(Child(placemark, "description")?.Value),
                [FolderField] = FolderPath(placemark),
            };
            foreach (var data in placemark.Descendants().Where(e => e.Name.LocalName is "Data" or "SimpleData"))
            {
                var name = data.Attribute("name")?.Value.Normalize(NormalizationForm.FormC);
                if (string.IsNullOrEmpty(name))
                    continue;
                attributes[name] = Text(data.Name.LocalName == "Data" ? Child(data, "value")?.Value : data.Value);
                if (!fields.Contains(name))
                    fields.Add(name);
            }
            Geometry? geometry = null;
            SourceProblem? problem = null;
            try
            {
                geometry = Geometry(placemark);
            }
            catch (FormatException e)
            {
                problem = new SourceProblem(
                    null,
                    "không đọc được tọa độ KML (cần các bộ kinh độ,vĩ độ cách nhau bằng khoảng trắng).",
                    $"the KML coordinates cannot be read: {e.Message}"
                );
            }
            features.Add(new SourceFeature(features.Count + 1, attributes, geometry) { GeometryProblem = problem });
        }
        return new SourceData(format, fields, features)
        {
            Notes = [("hệ tọa độ: WGS 84 (EPSG:4326), như KML quy định", "coordinate system: WGS 84 (EPSG:4326), as KML defines")],
        };
    }

    private static XElement? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    private static string? FolderPath(XElement placemark)
    {
        var names = placemark
            .Ancestors()
            .Where(a => a.Name.LocalName == "Folder")
            .Select(a => Text(Child(a, "name")?.Value))
            .OfType<string>()
            .Reverse()
            .ToList();
        return names.Count == 0 ? null : string.Join("/", names);
    }

    private static Geometry? Geometry(XElement placemark)
    {
        var parts = new List<Geometry>();
        foreach (var e in placemark.Descendants())
        {
            switch (e.Name.LocalName)
            {
                case "Point":
                    parts.Add(Wgs84.CreatePoint(Coordinates(e)[0]));
                    break;
                case "LineString" when e.Parent?.Name.LocalName != "Polygon":
                    parts.Add(Wgs84.CreateLineString(Coordinates(e)));
                    break;
                case "Polygon":
                    var outer = e.Descendants().First(d => d.Name.LocalName == "outerBoundaryIs");
                    var holes = e.Descendants().Where(d => d.Name.LocalName == "innerBoundaryIs");
                    parts.Add(
                        Wgs84.CreatePolygon(
                            Wgs84.CreateLinearRing(Coordinates(outer)),
                            [.. holes.Select(h => Wgs84.CreateLinearRing(Coordinates(h)))]
                        )
                    );
                    break;
            }
        }
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ when parts.All(p => p is Polygon) => Wgs84.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
            _ when parts.All(p => p is LineString) => Wgs84.CreateMultiLineString([.. parts.Cast<LineString>()]),
            _ => Wgs84.BuildGeometry(parts),
        };
    }

    /// <summary>The tuples of the first <c>coordinates</c> element below <paramref name="e"/>: "lon,lat[,alt]" separated by white space.</summary>
    private static Coordinate[] Coordinates(XElement e)
    {
        var text = e.Descendants().FirstOrDefault(d => d.Name.LocalName == "coordinates")?.Value
            ?? throw new FormatException("no <coordinates>");
        var result = new List<Coordinate>();
        foreach (var tuple in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = tuple.Split(',');
            if (
                parts.Length < 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            )
                throw new FormatException($"\"{tuple}\" is not lon,lat");
            result.Add(new Coordinate(lon, lat));
        }
        return result.Count > 0 ? [.. result] : throw new FormatException("empty <coordinates>");
    }
}
