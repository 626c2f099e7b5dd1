using System.Text;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register.Declarations;
using TelecomGis.Storage.Declarations;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Declarations;

public sealed class DeclarationFileTests
{
    private static IReadOnlyList<DeclarationRow> ReadCsv(string text, string carrier = "Viettel") =>
        DeclarationFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "bao-cao.csv", carrier);

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void TheTemplate_SentBackUnchanged_IsReadWithoutARejection(string format)
    {
        var bytes = format == "xlsx" ? DeclarationTemplate.Xlsx() : DeclarationTemplate.Csv();
        var rows = DeclarationFile.Read(new MemoryStream(bytes), $"mau.{format}", "Viettel");
        var row = Assert.Single(rows);
        Assert.Empty(DeclarationFile.Refusals(rows));
        var s = row.Structure!;
        Assert.Equal("QN-HLG-0125", s.Code);
        Assert.Equal(PoleClass.A2b, s.PoleClass);
        Assert.Equal(36, s.HeightM);
        Assert.Equal(4, s.BackupPowerHours);
        Assert.Equal(new DateOnly(2021, 3, 15), s.OnAirSince);
        Assert.Equal([Technology.G2, Technology.G4], s.Installations.Select(i => i.Technology));
        Assert.Equal([900.0], s.Installations[0].BandsMhz);
        Assert.Equal([1800.0, 2100.0], s.Installations[1].BandsMhz);
        Assert.All(s.Installations, i => Assert.Equal("Viettel", i.Carrier));
    }

    [Fact]
    public void SectorsPerTechnology_AndBandsInTheTechnologiesOrder_AreRead()
    {
        var rows = ReadCsv(
            "Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ,Số sector,Băng tần (MHz)\nVT-1,107.1,21.0,A2b,30,4G/5G,3;6,1800/2100;3500\n"
        );
        var s = Assert.Single(rows).Structure!;
        Assert.Equal([3, 6], s.Installations.Select(i => i.SectorCount));
        Assert.Equal([3500.0], s.Installations[1].BandsMhz);
    }

    [Theory]
    [InlineData("VT-1,107.1,21.0,A2b,30,6G,", "technologies", "Dòng 1, cột Công nghệ: \"6G\" không phải công nghệ")]
    [InlineData("VT-1,107.1,21.0,A9,30,4G,", "pole_class", "Dòng 1, cột Loại cột")]
    [InlineData("VT-1,107.1,21.0,A2b,-3,4G,", "height_m", "Dòng 1, cột Chiều cao (m)")]
    [InlineData("VT-1,107.1,21.0,A2b,30,,", "technologies", "Dòng 1, cột Công nghệ: chưa điền")]
    [InlineData("VT-1,107.1,21.0,A2b,30,4G,31/02/2021", "on_air", "Dòng 1, cột Ngày phát sóng")]
    public void ABadRow_IsRejectedWithItsRowAndColumn(string line, string field, string vi)
    {
        var rows = ReadCsv($"Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ,Ngày phát sóng\n{line}\n");
        var refusal = Assert.Single(DeclarationFile.Refusals(rows));
        Assert.Equal(1, refusal.Row);
        Assert.Equal(field, refusal.Field);
        Assert.StartsWith(vi, refusal.MessageVi);
        Assert.StartsWith("Row 1, column", refusal.MessageEn);
    }

    [Fact]
    public void AnotherCarriersRow_AndARepeatedCode_AreRejected()
    {
        var rows = ReadCsv(
            "Mã trạm,Nhà mạng,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\nVT-1,Viettel,107.1,21.0,A2b,30,4G\nVT-2,MobiFone,107.2,21.0,A2b,30,4G\nVT-1,,107.3,21.0,A2b,30,4G\n"
        );
        Assert.Equal([(2, "carrier"), (3, "site_code")], DeclarationFile.Refusals(rows).Select(r => (r.Row, r.Field)));
        Assert.Contains("đã khai ở dòng 1", DeclarationFile.Refusals(rows)[1].MessageVi);
    }

    [Fact]
    public void AHeaderWithoutCoordinatesOrTechnologies_RefusesTheFile_NamingTheColumns()
    {
        var e = Assert.Throws<SubmissionFileException>(() => ReadCsv("Mã trạm,Loại cột,Chiều cao (m)\nVT-1,A2b,30\n"));
        Assert.Contains("Kinh độ và Vĩ độ", e.MessageVi);
        Assert.Contains("Công nghệ", e.MessageVi);
    }

    [Fact]
    public void Vn2000Coordinates_AreReadThroughTheCoordinateParser()
    {
        var rows = ReadCsv(
            "Mã trạm,Tọa độ X (VN-2000),Tọa độ Y (VN-2000),Kinh tuyến trục,Loại cột,Chiều cao (m),Công nghệ\nVT-1,2318000,431000,107°45',A2b,30,4G\n"
        );
        var s = Assert.Single(rows).Structure!;
        Assert.InRange(s.Location.X, 107.0, 107.3);
        Assert.InRange(s.Location.Y, 20.8, 21.1);
    }

    [Fact]
    public void AFileOfAnotherType_IsRefused()
    {
        var e = Assert.Throws<SubmissionFileException>(() =>
            DeclarationFile.Read(new MemoryStream([1, 2, 3]), "bao-cao.geojson", "Viettel")
        );
        Assert.Contains(".xlsx hoặc .csv", e.MessageVi);
    }
}
