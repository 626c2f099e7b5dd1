using System.Text;
using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>
/// TCVN3 and VNI decoded to NFC on real place names and the words of a plan. TCVN3 is checked against glibc's own
/// TCVN5712-1 converter (iconv, an outside encoder); VNI against texts written by hand in VNI as the fonts show them.
/// </summary>
public sealed class LegacyEncodingTests
{
    public static TheoryData<string> Words =>
        [
            "Quảng Ninh",
            "Hạ Long",
            "Cẩm Phả",
            "Móng Cái",
            "Uông Bí",
            "Đông Triều",
            "Vân Đồn",
            "Cột tự đứng",
            "Bưu điện văn hóa xã",
            "Trường mầm non Hải Hòa",
            "Khu vực nông thôn, ven biển và đất trống",
        ];

    [Theory]
    [MemberData(nameof(Words))]
    public async Task Tcvn3_DecodesWhatGlibcsIconvEncodes(string word)
    {
        var file = Path.Combine(TestPaths.NewTempDir(), "word.txt");
        await File.WriteAllTextAsync(file, word, new UTF8Encoding(false));
        var (exit, _, errors) = await ExternalTool.RunAsync("iconv", "-f", "UTF-8", "-t", "TCVN5712-1", "-o", file + ".tcvn", file);
        Assert.True(exit == 0, errors);
        var bytes = await File.ReadAllBytesAsync(file + ".tcvn");

        Assert.Equal(word.Normalize(NormalizationForm.FormC), Tcvn3Encoding.Decode(bytes));
        Assert.Equal(bytes, Tcvn3Encoding.Encode(word));
    }

    [Theory]
    [InlineData("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [InlineData("Vieät Nam", "Việt Nam")]
    [InlineData("Quaûng Ninh", "Quảng Ninh")]
    [InlineData("Ñoâng Trieàu", "Đông Triều")]
    [InlineData("Moùng Caùi", "Móng Cái")]
    [InlineData("Coät töï ñöùng", "Cột tự đứng")]
    [InlineData("Böu ñieän vaên hoùa xaõ", "Bưu điện văn hóa xã")]
    [InlineData("Caåm Phaû, Haï Long", "Cẩm Phả, Hạ Long")]
    [InlineData("Tröôøng hoïc, beänh vieän", "Trường học, bệnh viện")]
    [InlineData("QUAÛNG NINH", "QUẢNG NINH")]
    [InlineData("ÑÖÔØNG", "ĐƯỜNG")]
    public void Vni_DecodesToNfc(string vni, string expected)
    {
        var bytes = Encoding.Latin1.GetBytes(vni);
        var decoded = VniEncoding.Decode(bytes);

        Assert.Equal(expected, decoded);
        Assert.True(decoded.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(bytes, VniEncoding.Encode(expected));
    }

    [Fact]
    public void Vni_LeavesPlainLatinText_Alone() =>
        Assert.Equal("Café 5G, 3.5 GHz", VniEncoding.Decode(Encoding.Latin1.GetBytes("Café 5G, 3.5 GHz")));

    [Fact]
    public void Detect_TellsTcvn3VniAndUtf8Apart()
    {
        string[] fields = ["Trạm BTS Hạ Long 1", "Cột tự đứng", "Đông Triều", "Bưu điện văn hóa xã Quảng Đức", "Móng Cái"];

        Assert.Equal(SourceEncoding.Tcvn3, VietnameseText.Detect(fields.Select(Tcvn3Encoding.Encode)));
        Assert.Equal(SourceEncoding.Vni, VietnameseText.Detect(fields.Select(VniEncoding.Encode)));
        Assert.Equal(SourceEncoding.Utf8, VietnameseText.Detect(fields.Select(Encoding.UTF8.GetBytes)));
    }
}
