using System.Globalization;
using System.Runtime.CompilerServices;

namespace TelecomGis.Cli;

/// <summary>
/// A message in Vietnamese, its numbers and dates written as Vietnamese writes them (1.400 trạm, 1,34 km, 05/12/2026), not as
/// the machine's culture would: <c>CliText.T($"… {n:N0} …", $"… {n:N0} …")</c> picks this for its Vietnamese text, while the
/// English alternative keeps the invariant form. Data written for other programs never goes through here.
/// </summary>
[InterpolatedStringHandler]
internal ref struct InVietnamese
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    private DefaultInterpolatedStringHandler _text;

    public InVietnamese(int literalLength, int formattedCount) => _text = new(literalLength, formattedCount, Culture);

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
