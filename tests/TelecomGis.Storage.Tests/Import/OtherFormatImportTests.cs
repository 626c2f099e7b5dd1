using System.IO.Compression;
using System.Text;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Geodesy;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>GeoPackage, KML/KMZ, GeoJSON, CSV and .xlsx, each with the quirk departments' files have.</summary>
public sealed class OtherFormatImportTests
{
    private static string Prop(LayerFeature f, string name) =>
        Convert.ToString(f.Properties.Single(p => p.Key == name).Value, System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>A GeoPackage of several layers in VN-2000 (written by ogr2ogr): the table named like the bundle layer is read.</summary>
    /// <summary>A file that is not a GeoPackage is refused in Vietnamese words, not SQLite's English ("file is not a database").</summary>
    [Fact]
    public void AFileThatIsNotAGeoPackage_IsRefusedInVietnameseWords()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "hong.gpkg");
        File.WriteAllText(path, "đây không phải GeoPackage");
        var e = Assert.Throws<ImportFileException>(() => GeoPackageSource.Read(path, null, "sites", null));
        Assert.Equal("không đọc được tệp GeoPackage (tệp hỏng hoặc không phải GeoPackage).", e.MessageVi);
        Assert.Contains("file is not a database", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoPackage_WithSeveralLayersInVn2000_TakesTheLayerOfThatName()
    {
        var bundle = ImportFixtures.BundleCopy();
        var gpkg = Path.Combine(TestPaths.NewTempDir(), "ha-tang.gpkg");
        ImportFixtures.Ogr2Ogr(
            "-f",
            "GPKG",
            "-t_srs",
            "EPSG:5899",
            "-nln",
            "fiber_routes",
            "-nlt",
            "LINESTRING",
            gpkg,
            Path.Combine(bundle, BundleFiles.FiberRoutes)
        );
        ImportFixtures.Ogr2Ogr(
            "-f",
            "GPKG",
            "-update",
            "-t_srs",
            "EPSG:5899",
            "-nln",
            "post_offices",
            gpkg,
            Path.Combine(bundle, BundleFiles.PostOffices)
        );

        var source = ImportSource.Read(gpkg, null, SourceEncoding.Auto, null, ImportLayers.FiberRoutes);
        var outcome = LayerImporter.Convert(source, ImportLayers.FiberRoutes, FieldMapping.Empty);

        Assert.Contains(source.Notes, n =>
            n.Vi.Contains("fiber_routes", StringComparison.Ordinal) && n.Vi.Contains("EPSG:5899", StringComparison.Ordinal)
        );
        Assert.Empty(outcome.Rejections);
        var plan = BundleLayerImport.Apply(bundle, outcome, dryRun: true);
        var original = PlanBundleReader.Read(TestPaths.CommittedBundle);
        Assert.Equal(original.FiberRoutes.Count, plan.FiberRoutes.Count);
        var km = (IEnumerable<TelecomGis.Core.Infrastructure.FiberRoute> routes) => routes.Sum(r => r.Path.Length);
        Assert.Equal(km(original.FiberRoutes), km(plan.FiberRoutes), 6);
    }

    /// <summary>A KMZ as Google Earth saves it: placemarks in nested folders, the kind of a postal point told by its folder.</summary>
    [Fact]
    public void Kmz_WithNestedFolders_MapsTheFolderThroughAValueMap()
    {
        const string kml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Bưu chính Quảng Ninh</name>
              <Folder><name>Bưu điện</name>
                <Folder><name>Bưu cục</name>
                  <Placemark><name>Bưu cục Hạ Long</name><ExtendedData><Data name="Mã"><value>BC-01</value></Data><Data name="Mã xã"><value>06931</value></Data></ExtendedData>
                    <Point><coordinates>107.0843,20.9517,0</coordinates></Point></Placemark>
                </Folder>
                <Folder><name>Điểm BĐVHX</name>
                  <Placemark><name>Điểm BĐVHX Quảng Đức</name><ExtendedData><Data name="Mã"><value>VHX-02</value></Data><Data name="Mã xã"><value>06736</value></Data></ExtendedData>
                    <Point><coordinates>107.6512,21.5689</coordinates></Point></Placemark>
                  <Placemark><name>Điểm BĐVHX không tọa độ</name><ExtendedData><Data name="Mã"><value>VHX-03</value></Data><Data name="Mã xã"><value>06736</value></Data></ExtendedData></Placemark>
                </Folder>
              </Folder>
            </Document></kml>
            """;
        var kmz = Path.Combine(TestPaths.NewTempDir(), "buu-chinh.kmz");
        using (var zip = ZipFile.Open(kmz, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("doc.kml").Open(), new UTF8Encoding(false)))
            w.Write(kml);
        var mapping = FieldMapping.Parse(
            """
            { "fields": {
                "kind": { "from": "folder", "values": { "Bưu điện/Bưu cục": "post_office", "Bưu điện/Điểm BĐVHX": "cultural_post_office" } },
                "operator": { "value": "VNPost" } } }
            """
        );

        var source = ImportSource.Read(kmz, null, SourceEncoding.Auto, null, ImportLayers.PostOffices);
        var outcome = LayerImporter.Convert(source, ImportLayers.PostOffices, mapping);

        Assert.Equal(["BC-01", "VHX-02"], outcome.Features.Select(f => Prop(f, "id")));
        Assert.Equal(["post_office", "cultural_post_office"], outcome.Features.Select(f => Prop(f, "kind")));
        Assert.Equal(["06931", "06736"], outcome.Features.Select(f => Prop(f, "commune_code")));
        var rejected = Assert.Single(outcome.Rejections);
        Assert.Equal(3, rejected.Number);
        Assert.Equal("Đối tượng 3: không có hình học (tọa độ).", rejected.Vi(outcome.Rows));
    }

    /// <summary>
    /// An .xlsx as a department lays it out: a title merged across the sheet, a two-row header where "Tọa độ VN-2000" is
    /// merged over X and Y and the other headings down both rows, VN-2000 X/Y with the central meridian written 107°45',
    /// pole classes in words; one row's class is not in the value map and is reported with its row and column.
    /// </summary>
    [Fact]
    public void Xlsx_WithMergedHeaderCellsAndVn2000XY_ReadsEveryRowOrSaysWhyNot()
    {
        var forward = ProjectionTransform.For(5899);
        (string Code, string Carrier, string Pole, double Height, double Lon, double Lat)[] sites =
        [
            ("QNH-0001", "Viettel", "Cột tự đứng", 42, 107.97826, 21.53008),
            ("QNH-0002", "VNPT", "Cột ngụy trang", 15, 107.0840, 20.9520),
            ("QNH-0003", "MobiFone", "Cột bê tông li tâm", 18, 106.7000, 21.0500),
        ];
        var rows = new List<object?[]>
        {
            new object?[] { "DANH SÁCH TRẠM BTS HIỆN CÓ TRÊN ĐỊA BÀN TỈNH", null, null, null, null, null, null, null },
            new object?[] { "STT", "Mã trạm", "Nhà mạng", "Loại cột", "Chiều cao cột (m)", "Tọa độ VN-2000", null, "Kinh tuyến trục" },
            new object?[] { null, null, null, null, null, "X", "Y", null },
        };
        for (var i = 0; i < sites.Length; i++)
        {
            var s = sites[i];
            var (e, n) = forward.Forward(s.Lon, s.Lat);
            rows.Add([(double)(i + 1), s.Code, s.Carrier, s.Pole, s.Height, Math.Round(n, 3), Math.Round(e, 3), "107°45'"]);
        }
        var xlsx = Path.Combine(TestPaths.NewTempDir(), "tram-bts.xlsx");
        File.WriteAllBytes(xlsx, ImportFixtures.Xlsx(rows, "A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3"));
        var mapping = FieldMapping.Parse(
            """
            { "fields": {
                "id": "Mã trạm",
                "pole_class": { "from": "Loại cột", "values": { "Cột tự đứng": "A2b", "Cột dây co": "A2b", "Cột ngụy trang": "A1b" } },
                "camouflaged": { "value": false } } }
            """
        );

        var source = ImportSource.Read(xlsx, null, SourceEncoding.Auto, null, ImportLayers.Sites);
        var outcome = LayerImporter.Convert(source, ImportLayers.Sites, mapping);

        Assert.Contains("Tọa độ VN-2000 X", source.Fields);
        Assert.Contains("Tọa độ VN-2000 Y", source.Fields);
        Assert.Equal(["QNH-0001", "QNH-0002"], outcome.Features.Select(f => Prop(f, "code")));
        Assert.Equal(["A2b", "A1b"], outcome.Features.Select(f => Prop(f, "pole_class")));
        Assert.Equal(["Viettel", "VNPT"], outcome.Features.Select(f => Prop(f, "carrier")));
        for (var i = 0; i < 2; i++)
        {
            var p = (Point)outcome.Features[i].Geometry!;
            Assert.InRange(Math.Abs(p.X - sites[i].Lon), 0, 1e-7);
            Assert.InRange(Math.Abs(p.Y - sites[i].Lat), 0, 1e-7);
        }
        var rejected = Assert.Single(outcome.Rejections);
        Assert.Equal(6, rejected.Number); // the Excel row: title, two header rows, then the third site
        Assert.StartsWith(
            "Dòng 6, cột Loại cột: loại cột \"Cột bê tông li tâm\" không phải A1a",
            rejected.Vi(outcome.Rows),
            StringComparison.Ordinal
        );
    }

    /// <summary>A CSV exported from Excel in Vietnam: semicolons, Vietnamese headers, DMS coordinates, a decimal comma; one bad latitude.</summary>
    [Fact]
    public void Csv_WithVietnameseHeadersAndDms_RejectsTheBadRowWithItsReason()
    {
        var csv = Path.Combine(TestPaths.NewTempDir(), "vi-tri-quy-hoach.csv");
        File.WriteAllText(
            csv,
            "Mã;Doanh nghiệp;Loại cột được phép;Chiều cao tối đa;Kinh độ;Vĩ độ\n"
                + "VT-01;;A1a, A1b;15,5;107°58'41.7\"E;21°31'48.3\"N\n"
                + "VT-02;Viettel;A2;;107°05'02\"E;20°57'07\"N\n"
                + "VT-03;VNPT;A2b;30;107°05'02\"E;20°97'07\"N\n",
            new UTF8Encoding(true)
        );

        var source = ImportSource.Read(csv, null, SourceEncoding.Auto, null, ImportLayers.PlannedPositions);
        var outcome = LayerImporter.Convert(source, ImportLayers.PlannedPositions, FieldMapping.Empty);

        Assert.Equal(["VT-01", "VT-02"], outcome.Features.Select(f => Prop(f, "id")));
        Assert.Equal(["A1a|A1b", "A2a|A2b|A2c"], outcome.Features.Select(f => Prop(f, "allowed_classes")));
        Assert.Equal(15.5, outcome.Features[0].Properties.Single(p => p.Key == "max_height_m").Value);
        Assert.Null(outcome.Features[1].Properties.Single(p => p.Key == "max_height_m").Value);
        var p0 = (Point)outcome.Features[0].Geometry!;
        Assert.Equal(107.97825, p0.X, 5);
        var rejected = Assert.Single(outcome.Rejections);
        Assert.Equal(4, rejected.Number);
        Assert.Equal("Vĩ độ", rejected.Field);
        Assert.Contains("phút", rejected.MessageVi, StringComparison.Ordinal);
    }

    /// <summary>A rejected coordinate names its column once: "Dòng 2, cột Vĩ độ: …", not "cột Vĩ độ: Trường vĩ độ: …".</summary>
    [Fact]
    public void Csv_ABadCoordinate_NamesItsColumnOnce()
    {
        var csv = Path.Combine(TestPaths.NewTempDir(), "vi-tri.csv");
        File.WriteAllText(
            csv,
            "Mã;Loại cột được phép;Kinh độ;Vĩ độ\nVT-01;A2b;107°05'02\"E;20°97'07\"N\nVT-02;A2b;abc;21.5\n",
            new UTF8Encoding(true)
        );

        var source = ImportSource.Read(csv, null, SourceEncoding.Auto, null, ImportLayers.PlannedPositions);
        var outcome = LayerImporter.Convert(source, ImportLayers.PlannedPositions, FieldMapping.Empty);

        Assert.Equal(
            [
                "Dòng 2, cột Vĩ độ: phút và giây phải nhỏ hơn 60 (\"20°97'07\"N\").",
                "Dòng 3, cột Kinh độ: không đọc được \"abc\" (ví dụ hợp lệ: 107.97826; 107°58'41.7\"E; 107 58 41.7 E; 107°58.696'E).",
            ],
            outcome.Rejections.Select(r => r.Vi(outcome.Rows))
        );
        Assert.Equal(
            "Row 3, field Kinh độ: cannot read \"abc\" (valid examples: 107.97826; 107°58'41.7\"E; 107 58 41.7 E; 107°58.696'E).",
            outcome.Rejections[1].En(outcome.Rows)
        );
    }

    /// <summary>GeoJSON as ogr2ogr writes it in a projected system: the pre-RFC 7946 "crs" member names EPSG:5899.</summary>
    [Fact]
    public void GeoJson_WithALegacyCrsMember_IsConvertedFromVn2000()
    {
        var bundle = ImportFixtures.BundleCopy();
        var projected = Path.Combine(TestPaths.NewTempDir(), "airports-5899.geojson");
        ImportFixtures.Ogr2Ogr(
            "-f",
            "GeoJSON",
            "-t_srs",
            "EPSG:5899",
            "-lco",
            "RFC7946=NO",
            projected,
            Path.Combine(bundle, BundleFiles.Airports)
        );
        Assert.Contains("EPSG::5899", File.ReadAllText(projected), StringComparison.Ordinal);

        var source = ImportSource.Read(projected, null, SourceEncoding.Auto, null, ImportLayers.Airports);
        var outcome = LayerImporter.Convert(source, ImportLayers.Airports, FieldMapping.Empty);

        var original = PlanBundleReader.Read(TestPaths.CommittedBundle).Airports.Single();
        var imported = Assert.Single(outcome.Features);
        var p = (Point)imported.Geometry!;
        Assert.InRange(Math.Abs(p.X - original.Location.X), 0, 1e-7);
        Assert.InRange(Math.Abs(p.Y - original.Location.Y), 0, 1e-7);
        Assert.Equal(original.Icao, Prop(imported, "icao"));
    }

    /// <summary>A bow-tie area and a line where an area belongs: both rejected, each with its reason in plain Vietnamese.</summary>
    [Fact]
    public void InvalidOrWronglyTypedGeometries_AreRejected_SayingWhy()
    {
        var file = Path.Combine(TestPaths.NewTempDir(), "ngam-hoa.geojson");
        File.WriteAllText(
            file,
            """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"UG-1","name":"Nơ"},"geometry":{"type":"Polygon","coordinates":[[[107.0,21.0],[107.1,21.1],[107.1,21.0],[107.0,21.1],[107.0,21.0]]]}},
            {"type":"Feature","properties":{"id":"UG-2","name":"Đường"},"geometry":{"type":"LineString","coordinates":[[107.0,21.0],[107.1,21.1]]}},
            {"type":"Feature","properties":{"id":"UG-3","name":"Đúng"},"geometry":{"type":"Polygon","coordinates":[[[107.0,21.0],[107.1,21.0],[107.1,21.1],[107.0,21.1],[107.0,21.0]]]}}
            ]}
            """
        );

        var outcome = LayerImporter.Convert(
            ImportSource.Read(file, null, SourceEncoding.Auto, null, ImportLayers.UndergroundingZones),
            ImportLayers.UndergroundingZones,
            FieldMapping.Empty
        );

        Assert.Equal(["UG-3"], outcome.Features.Select(f => Prop(f, "id")));
        Assert.Equal(
            [
                "Đối tượng 1: hình học không hợp lệ (ranh giới tự cắt) tại 107.05, 21.05; sửa trong QGIS (Fix geometries) rồi nhập lại.",
                "Đối tượng 2: hình học là đường, lớp này cần vùng.",
            ],
            outcome.Rejections.Select(r => r.Vi(outcome.Rows))
        );
    }

    /// <summary>
    /// An old .xls typed in the .VnTime font (TCVN3) and saved as .xlsx: every cell is the Windows-1252 letter of a TCVN3 byte
    /// ("Kinh ®é" for "Kinh độ"). Headers and names are read back as Vietnamese, and the columns found by their real names.
    /// </summary>
    [Fact]
    public void Xlsx_TypedInATcvn3Font_IsReadAsVietnamese()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var cp1252 = System.Text.Encoding.GetEncoding(1252);
        string VnTime(string text) => cp1252.GetString(Tcvn3Encoding.Encode(text));
        var rows = new List<object?[]>
        {
            new object?[] { VnTime("Mã"), VnTime("Tên trường"), VnTime("Loại"), VnTime("Kinh độ"), VnTime("Vĩ độ") },
            new object?[] { "SP-1", VnTime("Trường tiểu học Hải Hòa"), VnTime("Trường học"), 107.9776, 21.5263 },
            new object?[] { "SP-2", VnTime("Bệnh viện đa khoa Cẩm Phả"), VnTime("Bệnh viện"), 107.2920, 21.0110 },
        };
        Assert.Equal("Kinh \u00AE\u00E9", rows[0][3]);
        var xlsx = Path.Combine(TestPaths.NewTempDir(), "truong-benh-vien.xlsx");
        File.WriteAllBytes(xlsx, ImportFixtures.Xlsx(rows));

        var source = ImportSource.Read(xlsx, null, SourceEncoding.Auto, null, ImportLayers.SensitivePlaces);
        var outcome = LayerImporter.Convert(
            source,
            ImportLayers.SensitivePlaces,
            FieldMapping.Parse("""{ "fields": { "name": "Tên trường" } }""")
        );

        Assert.Contains(source.Notes, n => n.Vi.Contains("TCVN3 (ABC)", StringComparison.Ordinal));
        Assert.Empty(outcome.Rejections);
        Assert.Equal(["Trường tiểu học Hải Hòa", "Bệnh viện đa khoa Cẩm Phả"], outcome.Features.Select(f => Prop(f, "name")));
        Assert.Equal(["school", "hospital"], outcome.Features.Select(f => Prop(f, "kind")));
    }

    /// <summary>
    /// A GeoPackage whose system is not an EPSG code (as QGIS or GDAL store a .prj they cannot match: organization "NONE",
    /// the WKT as definition), in VN-2000 105°30' (the Mekong delta's meridian): the definition is recognised as EPSG:9209.
    /// </summary>
    [Fact]
    public void GeoPackage_WithACustomVn2000System_IsRecognisedFromItsDefinition()
    {
        var dir = TestPaths.NewTempDir();
        var prj = Path.Combine(dir, "tm3-105-30.prj");
        File.WriteAllText(
            prj,
            "PROJCS[\"VN_2000_TM-3_105-30\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.5],PARAMETER[\"Scale_Factor\",0.9999],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]"
        );
        var (e, n) = ProjectionTransform.For(9209).Forward(106.3420, 9.9347); // Trà Vinh
        var geojson = Path.Combine(dir, "p.geojson");
        File.WriteAllText(
            geojson,
            FormattableString.Invariant(
                $"{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"id\":\"TV-1\"}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{e},{n}]}}}}]}}"
            )
        );
        var gpkg = Path.Combine(dir, "vi-tri.gpkg");
        ImportFixtures.Ogr2Ogr("-f", "GPKG", "-a_srs", prj, gpkg, geojson);

        var source = ImportSource.Read(gpkg, null, SourceEncoding.Auto, null, ImportLayers.PlannedPositions);

        Assert.Contains(source.Notes, x => x.Vi.Contains("VN-2000 / TM-3 105-30 (EPSG:9209)", StringComparison.Ordinal));
        var p = (Point)source.Features.Single().Geometry!;
        Assert.Equal(106.3420, p.X, 9);
        Assert.Equal(9.9347, p.Y, 9);
    }
}
