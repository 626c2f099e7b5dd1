using System.Buffers;
using System.Text;

namespace TelecomGis.Api.Tiles;

/// <summary>
/// The few Protocol Buffers wire types an MVT needs (varint, 64-bit, length-delimited; encoding guide of protobuf.dev),
/// written straight into a growing buffer. Nested messages are written into their own writer and copied in with their length.
/// </summary>
public sealed class ProtobufWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public int Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Varint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    public void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    public void VarintField(int field, ulong value)
    {
        Tag(field, 0);
        Varint(value);
    }

    public void DoubleField(int field, double value)
    {
        Tag(field, 1);
        BitConverter.TryWriteBytes(_buffer.GetSpan(8), BitConverter.DoubleToInt64Bits(value));
        _buffer.Advance(8);
    }

    public void StringField(int field, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        BytesField(field, bytes);
    }

    public void BytesField(int field, ReadOnlySpan<byte> bytes)
    {
        Tag(field, 2);
        Varint((ulong)bytes.Length);
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    public void MessageField(int field, ProtobufWriter message) => BytesField(field, message.Written);

    /// <summary>A packed repeated uint32 field (MVT's tags and geometry).</summary>
    public void PackedField(int field, List<uint> values)
    {
        var packed = new ProtobufWriter();
        foreach (var v in values)
            packed.Varint(v);
        MessageField(field, packed);
    }

    /// <summary>Zig-zag encoding of a signed value, as sint32/sint64 and MVT's geometry parameters use.</summary>
    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
