using System.IO.Compression;
using System.Xml;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// Looks into an .xlsx before MiniExcel does and refuses one that would take far more memory or time than a batch of sites can
/// need: a zip compresses a repeated text a thousandfold, and MiniExcel holds all of <c>xl/sharedStrings.xml</c>, every string in
/// it, before the first row. Every XML part is unpacked once here, counting its bytes against a bound whatever size the zip
/// declares for it (a declared size can lie), and its text is read in chunks, so a cell longer than <see cref="SubmissionFile.MaxCellChars"/>
/// is refused without ever being held (in the shared strings and the sheets; a comment may be long). Parts that are not XML (images, printer settings) MiniExcel never opens, nor does this.
/// </summary>
internal static class WorkbookBounds
{
    /// <summary>The shared strings of 20,000 sites (each code once, the classes and carriers once) are a few megabytes.</summary>
    public const long MaxSharedStringsBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Any other XML part, a sheet included: 20,000 rows of the batch's ten columns are 5–10 MB as Excel or MiniExcel write them
    /// (inline strings the larger), so this leaves room for ~60,000 rows; a larger batch for the CLI can come as CSV.
    /// </summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    /// <summary>All XML parts together: a workbook of many sheets is unpacked here in full, though MiniExcel reads only the first.</summary>
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    /// <summary>A workbook saved by Excel has ten to twenty parts.</summary>
    public const int MaxParts = 1_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // no entity expansion (and MiniExcel's own readers prohibit DTDs too)
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>Refuses the workbook (a <see cref="SubmissionFileException"/>) if a bound is passed; leaves the stream where it was.</summary>
    /// <param name="stream">The workbook, seekable.</param>
    public static void Check(Stream stream)
    {
        var start = stream.Position;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > MaxParts)
                throw SubmissionFileException.WorkbookTooManyParts(zip.Entries.Count, MaxParts);
            var total = 0L;
            var chars = new char[8192];
            foreach (var entry in zip.Entries)
            {
                if (!IsXml(entry.FullName))
                    continue;
                var max = Path.GetFileName(entry.FullName).Equals("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)
                    ? MaxSharedStringsBytes
                    : MaxPartBytes;
                if (entry.Length > max)
                    throw SubmissionFileException.WorkbookPartTooLarge(entry.FullName, max);
                using var counted = new BoundedReadStream(entry.Open(), max, entry.FullName);
                using (var xml = XmlReader.Create(counted, Settings))
                {
                    var holdsCells =
                        max == MaxSharedStringsBytes || entry.FullName.Contains("worksheets/", StringComparison.OrdinalIgnoreCase);
                    while (xml.Read())
                    {
                        if (!holdsCells || xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace))
                            continue;
                        var length = 0;
                        int read;
                        while ((read = xml.ReadValueChunk(chars, 0, chars.Length)) > 0)
                        {
                            length += read;
                            if (length > SubmissionFile.MaxCellChars)
                                throw SubmissionFileException.CellTooLong(SubmissionFile.MaxCellChars);
                        }
                    }
                }
                total += counted.BytesRead;
                if (total > MaxTotalBytes)
                    throw SubmissionFileException.WorkbookTooLarge(MaxTotalBytes);
            }
        }
        stream.Position = start;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Passes a part's unpacked bytes through and refuses the workbook at the first byte past the part's bound.</summary>
    private sealed class BoundedReadStream(Stream inner, long maxBytes, string part) : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            BytesRead += read;
            if (BytesRead > maxBytes)
                throw SubmissionFileException.WorkbookPartTooLarge(part, maxBytes);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
