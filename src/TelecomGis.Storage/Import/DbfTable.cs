using System.Globalization;
using System.Text;

namespace TelecomGis.Storage.Import;

/// <summary>
/// The attribute table of a Shapefile (dBASE III/IV .dbf), read by hand so that text stays bytes until its encoding is known:
/// a .dbf says nothing reliable about it (see <see cref="VietnameseText"/>). Field names are at most 10 characters, the
/// format's limit, which is why a bundle's longer property names come back truncated (the field mapping maps them back).
/// </summary>
public sealed class DbfTable
{
    private DbfTable(IReadOnlyList<DbfField> fields, IReadOnlyList<byte[]?> records)
    {
        Fields = fields;
        Records = records;
    }

    public IReadOnlyList<DbfField> Fields { get; }

    /// <summary>Each record's bytes (without the deletion flag), or null for a record marked deleted.</summary>
    public IReadOnlyList<byte[]?> Records { get; }

    /// <summary>One column: its name's bytes, dBASE type letter (C, N, F, L, D, …), offset in the record and width.</summary>
    public sealed record DbfField(byte[] NameBytes, char Type, int Offset, int Length);

    public static DbfTable Read(byte[] file)
    {
        if (file.Length < 32)
            throw Broken("the header is cut short");
        var count = BitConverter.ToInt32(file, 4);
        var headerLength = BitConverter.ToUInt16(file, 8);
        var recordLength = BitConverter.ToUInt16(file, 10);
        if (headerLength > file.Length || recordLength == 0 || count < 0)
            throw Broken("the header is inconsistent");
        var fields = new List<DbfField>();
        var offset = 1; // the deletion flag
        for (var at = 32; at + 32 <= headerLength && file[at] != 0x0D; at += 32)
        {
            var nameLength = Array.IndexOf(file, (byte)0, at, 11) is var end and >= 0 ? end - at : 11;
            var length = file[at + 16];
            fields.Add(new DbfField(file[at..(at + nameLength)], (char)file[at + 11], offset, length));
            offset += length;
        }
        var records = new List<byte[]?>(count);
        for (var i = 0; i < count; i++)
        {
            var start = headerLength + i * recordLength;
            if (start + recordLength > file.Length)
                throw Broken($"record {i + 1} is cut short");
            records.Add(file[start] == (byte)'*' ? null : file[(start + 1)..(start + recordLength)]);
        }
        return new DbfTable(fields, records);
    }

    /// <summary>A cell's raw bytes.</summary>
    public static ReadOnlySpan<byte> Cell(byte[] record, DbfField field) =>
        record.AsSpan(field.Offset - 1, Math.Min(field.Length, Math.Max(0, record.Length - field.Offset + 1)));

    /// <summary>A cell's value: text (in the given encoding), a number, a boolean, a date, or null when blank.</summary>
    public static object? Value(byte[] record, DbfField field, SourceEncoding encoding)
    {
        var bytes = Cell(record, field);
        var ascii = Encoding.ASCII.GetString(bytes).Trim(' ', '\0');
        switch (field.Type)
        {
            case 'N' or 'F':
                if (ascii.Length == 0 || ascii.All(c => c == '*'))
                    return null;
                if (!double.TryParse(ascii, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return ascii;
                return field.Type == 'N' && !ascii.Contains('.') && Math.Abs(number) < 1e15 ? (long)number : number;
            case 'L':
                return ascii.ToUpperInvariant() switch
                {
                    "T" or "Y" => true,
                    "F" or "N" => false,
                    _ => null,
                };
            case 'D':
                return DateTime.TryParseExact(ascii, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : null;
            default:
                var text = VietnameseText.Decode(bytes, encoding).Trim();
                return text.Length == 0 ? null : text;
        }
    }

    private static ImportFileException Broken(string why) => new($"tệp .dbf bị hỏng ({why}).", $"the .dbf is damaged ({why}).");
}
