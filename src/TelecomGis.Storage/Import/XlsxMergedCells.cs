using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace TelecomGis.Storage.Import;

/// <summary>
/// The merged ranges of a workbook's first sheet (<c>&lt;mergeCell ref="F2:G2"/&gt;</c>, ECMA-376 Part 1 §18.3.1.55), read from
/// the package itself: a merged range keeps its value in the top-left cell only, and the other cells may be absent
/// altogether, which MiniExcel's own filling does not cover.
/// </summary>
public static class XlsxMergedCells
{
    /// <summary>A merged range, rows and columns from 0.</summary>
    public readonly record struct Range(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

    public static IReadOnlyList<Range> Read(byte[] xlsx)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
            var sheet = FirstSheetPath(zip);
            if (sheet is null || zip.GetEntry(sheet) is not { } entry)
                return [];
            using var s = entry.Open();
            var doc = XDocument.Load(XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
            return
            [
                .. doc.Descendants()
                    .Where(e => e.Name.LocalName == "mergeCell")
                    .Select(e => e.Attribute("ref")?.Value)
                    .OfType<string>()
                    .Select(Parse)
                    .OfType<Range>(),
            ];
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            return [];
        }
    }

    /// <summary>Fills every cell of each range with its top-left value, growing rows as needed.</summary>
    public static void Fill(List<object?[]> rows, IReadOnlyList<Range> ranges)
    {
        foreach (var r in ranges)
        {
            if (r.FirstRow >= rows.Count || r.FirstColumn >= rows[r.FirstRow].Length)
                continue;
            var value = rows[r.FirstRow][r.FirstColumn];
            for (var row = r.FirstRow; row <= r.LastRow && row < rows.Count; row++)
            {
                if (rows[row].Length <= r.LastColumn)
                {
                    var grown = rows[row];
                    Array.Resize(ref grown, r.LastColumn + 1);
                    rows[row] = grown;
                }
                for (var column = r.FirstColumn; column <= r.LastColumn; column++)
                    rows[row][column] = value;
            }
        }
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var id = workbook
            ?.Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "sheet")
            ?.Attributes()
            .FirstOrDefault(a => a.Name.LocalName == "id")
            ?.Value;
        var target = rels?.Descendants().FirstOrDefault(e => e.Attribute("Id")?.Value == id)?.Attribute("Target")?.Value;
        if (target is null)
            return null;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
            return null;
        using var s = entry.Open();
        return XDocument.Load(XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
    }

    private static Range? Parse(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2 || Cell(parts[0]) is not { } a || Cell(parts[1]) is not { } b)
            return null;
        return new Range(a.Row, a.Column, b.Row, b.Column);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i > 0 && int.TryParse(reference[i..], System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row - 1, column - 1)
            : null;
    }
}
