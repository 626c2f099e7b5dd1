using System.IO.Compression;
using System.Text;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Submissions;

/// <summary>
/// Batch files made to cost the server memory or time (issue 14's review: a 511 kB .xlsx holding one 500 MB shared string took the
/// server to 5 GB; a 754 kB file of a million rows took 12 s of CPU) are refused early: at the first row past the limit, or before
/// MiniExcel holds an oversized part. Each test builds its file here and measures what reading it allocated on this thread (the
/// readers run on it) against what reading the whole file would have, never a time.
/// </summary>
public class HostileFileTests
{
    private const int MaxRows = SubmissionFile.MaxRows;
    private const string Header = "carrier,site_code,lon,lat,pole_class,height_m";

    private static (SubmissionFileException Refusal, long AllocatedBytes) Refuse(string fileName, byte[] bytes, int maxRows = MaxRows)
    {
        var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<SubmissionFileException>(() => SubmissionFile.Read(stream, fileName, "Viettel", maxRows));
        return (e, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A minimal workbook: the first sheet's XML (written by <paramref name="sheetData"/>), and shared strings if given.</summary>
    private static byte[] Xlsx(Action<TextWriter> sheetData, Action<TextWriter>? sharedStrings = null)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<TextWriter> write)
            {
                using var text = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
                write(text);
            }
            Part("xl/worksheets/sheet1.xml", w =>
            {
                w.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                w.Write("<row>" + string.Concat(Header.Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>");
                sheetData(w);
                w.Write("</sheetData></worksheet>");
            });
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", w =>
                {
                    w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
                    sharedStrings(w);
                    w.Write("</sst>");
                });
            }
        }
        return file.ToArray();
    }

    private static void Repeat(TextWriter w, char c, int count)
    {
        var chunk = new string(c, 1 << 16);
        for (var left = count; left > 0; left -= chunk.Length)
            w.Write(chunk.AsSpan(0, Math.Min(left, chunk.Length)));
    }

    private static byte[] OneSiteWithSharedString(int length) =>
        Xlsx(
            w =>
                w.Write(
                    """<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>S1</t></is></c><c><v>107.5</v></c><c><v>21.2</v></c><c t="inlineStr"><is><t>A2b</t></is></c><c><v>30</v></c></row>"""
                ),
            w =>
            {
                w.Write("<si><t>");
                Repeat(w, 'a', length);
                w.Write("</t></si>");
            }
        );

    [Fact]
    public void AWorkbookWithOneHugeSharedStringCompressedToLittle_IsRefusedBeforeTheStringIsHeld()
    {
        var bytes = OneSiteWithSharedString(64 * 1024 * 1024);
        Assert.True(bytes.Length < 1024 * 1024, $"the hostile file is {bytes.Length} bytes");

        var (e, allocated) = Refuse("bomb.xlsx", bytes);

        Assert.Equal(
            "The workbook's part 'xl/sharedStrings.xml' unpacks to more than 16 MiB; a batch's workbook is far smaller.",
            e.Message
        );
        Assert.Equal("Tệp Excel có phần 'xl/sharedStrings.xml' giải nén lớn quá 16 MiB.", e.MessageVi);
        // Holding the string would take 128 MB (UTF-16), twice over while it is built.
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void AWorkbookWhoseZipUnderstatesASharedStringsSize_IsRefusedWhileItIsUnpacked()
    {
        var bytes = OneSiteWithSharedString(64 * 1024 * 1024);
        UnderstateUncompressedSize(bytes, "xl/sharedStrings.xml", 1_000);

        var (e, allocated) = Refuse("liar.xlsx", bytes);

        // .NET's ZipArchive stops a part at its declared size, so the XML is cut short and the file unreadable; were it unpacked
        // further, the part's bound would refuse it. Either way the string is never held.
        Assert.True(
            e.Message.Contains("xl/sharedStrings.xml", StringComparison.Ordinal)
                || e.Message.StartsWith("The file 'liar.xlsx' cannot be read", StringComparison.Ordinal),
            e.Message
        );
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ASharedStringLongerThanACellMayBe_IsRefusedWithoutBeingHeld()
    {
        var (e, allocated) = Refuse("long.xlsx", OneSiteWithSharedString(4 * 1024 * 1024));

        Assert.Equal("The file has a cell of more than 1000 characters; no field of a site is that long.", e.Message);
        Assert.Equal("Tệp có ô dài quá 1000 ký tự.", e.MessageVi);
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("long.csv")]
    [InlineData("long.geojson")]
    [InlineData("long.xlsx")]
    public void ACellLongerThanACellMayBe_RefusesTheFile_InEveryFormat(string fileName)
    {
        var code = new string('x', SubmissionFile.MaxCellChars + 1);
        var bytes = Path.GetExtension(fileName) switch
        {
            ".csv" => Encoding.UTF8.GetBytes($"{Header}\nViettel,{code},107.5,21.2,A2b,30\n"),
            ".geojson" => Encoding.UTF8.GetBytes(
                $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[107.5,21.2]},"properties":{"site_code":"{{{code}}}","pole_class":"A2b","height_m":30}}]}"""
            ),
            _ => Xlsx(w =>
                w.Write(
                    $"""<row><c t="inlineStr"><is><t>Viettel</t></is></c><c t="inlineStr"><is><t>{code}</t></is></c><c><v>107.5</v></c><c><v>21.2</v></c><c t="inlineStr"><is><t>A2b</t></is></c><c><v>30</v></c></row>"""
                )
            ),
        };

        var (e, _) = Refuse(fileName, bytes);

        Assert.Equal("The file has a cell of more than 1000 characters; no field of a site is that long.", e.Message);
    }

    private const int AMillion = 1_000_000;

    public static TheoryData<string> Formats() => ["rows.csv", "rows.xlsx", "rows.geojson"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AMillionTinyRows_AreRefusedAtTheFirstRowPastTheLimit_WithoutReadingTheRest(string fileName)
    {
        var bytes = Path.GetExtension(fileName) switch
        {
            // One field a line: a row, though it names no site (it would be that row's rejection).
            ".csv" => Encoding.ASCII.GetBytes(Header + "\n" + new StringBuilder().Insert(0, "x\n", AMillion)),
            // A cell a row, with neither row nor cell references: ~26 MB of sheet in a zip of a few hundred kB.
            ".xlsx" => Xlsx(w =>
            {
                for (var i = 0; i < AMillion; i++)
                    w.Write("<row><c><v>1</v></c></row>");
            }),
            _ => Encoding.ASCII.GetBytes(
                """{"type":"FeatureCollection","features":["""
                    + string.Join(',', Enumerable.Repeat("""{"type":"Feature","geometry":null,"properties":{}}""", AMillion))
                    + "]}"
            ),
        };

        var (e, allocated) = Refuse(fileName, bytes);

        Assert.Equal($"The file has more than {MaxRows} rows; at most {MaxRows} are accepted in one batch.", e.Message);
        Assert.Equal($"Tệp có quá {MaxRows} dòng.", e.MessageVi);
        // Reading all million rows of the workbook allocates 3.4 GB (a dictionary a row, a rejection a row); refused at row 20,001,
        // 0.35 GB, most of it MiniExcel's own pass over a sheet without cell references (it streams: none of it is kept).
        Assert.True(allocated < 512L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ASheetWhoseRowNumbersJumpByAMillion_IsRefusedAtTheFirstBlankRowPastTheLimit()
    {
        // MiniExcel yields a blank row for each row number skipped, so one tag stands for a million rows.
        var bytes = Xlsx(w => w.Write("""<row r="1000000"><c r="A1000000"><v>1</v></c></row>"""));

        var (e, allocated) = Refuse("gap.xlsx", bytes);

        Assert.Equal($"The file has more than {MaxRows} blank rows; remove them and send it again.", e.Message);
        Assert.Equal($"Tệp có quá {MaxRows} dòng trống: xoá các dòng trống rồi gửi lại.", e.MessageVi);
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void AWorkbookOfExactlyTheLimit_AsMiniExcelWritesIt_IsRead()
    {
        var records = Enumerable
            .Range(1, MaxRows)
            .Select(i => new Dictionary<string, object?>
            {
                ["carrier"] = "Viettel",
                ["site_code"] = $"VT-QN-{i:D6}",
                ["lon"] = 107.5 + i * 1e-5,
                ["lat"] = 21.2,
                ["pole_class"] = "A2b",
                ["height_m"] = 30.5,
                ["camouflaged"] = true,
                ["shares_site_id"] = $"VT-{i:D6}",
                ["ground_elevation_m"] = 12.25,
                ["note"] = "Trạm mới",
            })
            .ToList();
        using var file = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(file, records, excelType: MiniExcelLibs.ExcelType.XLSX);
        file.Position = 0;

        Assert.Equal(MaxRows, SubmissionFile.Read(file, "batch.xlsx", "Viettel", MaxRows).Count);
    }

    /// <summary>Rewrites a zip entry's uncompressed size, in its local header and in the central directory, to a smaller lie.</summary>
    private static void UnderstateUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            // Local file header: name at 30, uncompressed size at 22. Central directory header: name at 46, size at 24.
            var (nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (30, 22),
                0x02014b50 => (46, 24),
                _ => (-1, -1),
            };
            if (nameAt < 0 || i + nameAt + name.Length > zip.Length || !zip.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
                continue;
            BitConverter.TryWriteBytes(zip.AsSpan(i + sizeAt, 4), size);
            patched++;
        }
        Assert.Equal(2, patched);
    }
}
