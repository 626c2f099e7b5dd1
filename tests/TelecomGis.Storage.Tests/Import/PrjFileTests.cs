using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>The VN-2000 .prj variants GIS tools write, each recognised as its EPSG system by datum name and central meridian.</summary>
public sealed class PrjFileTests
{
    private static string Tm3Tail(string centralMeridian, string scaleFactor) =>
        $"PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",{centralMeridian}],PARAMETER[\"Scale_Factor\",{scaleFactor}],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    public static TheoryData<string, string, int> Variants =>
        new()
        {
            {
                "ArcGIS (ESRI WKT, no TOWGS84), 107°45'",
                "PROJCS[\"VN_2000_TM-3_107-45\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                    + Tm3Tail("107.75", "0.9999"),
                5899
            },
            {
                "ArcGIS-style, 105°30' (Mekong delta), spelled VN-2000",
                "PROJCS[\"VN-2000 / TM-3 105-30\",GEOGCS[\"VN-2000\",DATUM[\"VN-2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                    + Tm3Tail("105.5", "0.9999"),
                9209
            },
            {
                "GDAL/QGIS WKT1 with TOWGS84 and an EPSG authority",
                "PROJCS[\"VN-2000 / TM-3 107-45\",GEOGCS[\"VN-2000\",DATUM[\"Vietnam_2000\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],TOWGS84[-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278],AUTHORITY[\"EPSG\",\"6756\"]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",107.75],PARAMETER[\"scale_factor\",0.9999],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"5899\"]]",
                5899
            },
            {
                "a datum named only 'Vietnam' but carrying VN-2000's TOWGS84, 106°15' (Hải Phòng)",
                "PROJCS[\"Vietnam TM3 106 15\",GEOGCS[\"Vietnam\",DATUM[\"Vietnam\",SPHEROID[\"WGS 84\",6378137,298.257223563],TOWGS84[-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",106.25],PARAMETER[\"scale_factor\",0.9999],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"Meter\",1]]",
                9212
            },
            {
                "VN-2000 UTM zone 48N",
                "PROJCS[\"VN_2000_UTM_Zone_48N\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                    + Tm3Tail("105.0", "0.9996"),
                3405
            },
            {
                "VN-2000 geographic",
                "GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
                4756
            },
            {
                "WGS 84",
                "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
                4326
            },
        };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Recognise_GivesTheEpsgSystem(string variant, string wkt, int epsg) => Assert.True(PrjFile.Recognise(wkt) == epsg, variant);

    [Fact]
    public void Recognise_RefusesAnUnknownCentralMeridian_InVietnamese()
    {
        var wkt =
            "PROJCS[\"VN_2000_custom\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + Tm3Tail("109.25", "0.9999");

        var e = Assert.Throws<ImportFileException>(() => PrjFile.Recognise(wkt));
        Assert.Contains("kinh tuyến trục 109.25°", e.MessageVi);
    }

    [Fact]
    public void Recognise_RefusesWgs84Utm_NamingIt()
    {
        var wkt =
            "PROJCS[\"WGS_1984_UTM_Zone_48N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + Tm3Tail("105.0", "0.9996");

        var e = Assert.Throws<ImportFileException>(() => PrjFile.Recognise(wkt));
        Assert.Contains("WGS_1984_UTM_Zone_48N", e.MessageVi);
    }
}
