namespace TelecomGis.Core.Geodesy;

/// <summary>Why a coordinate could not be read, in Vietnamese for the carrier's letter and in English for the log.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="MessageVi">The reason in Vietnamese, naming the field.</param>
/// <param name="MessageEn">The same in English.</param>
public sealed record CoordinateParseError(CoordinateField Field, string MessageVi, string MessageEn)
{
    /// <summary>The reason alone, without the field's name: for a caller that names the field (or its column) itself, as an
    /// import's rejection "Dòng 2, cột Kinh độ: …" does, so that the field is not named twice.</summary>
    public string ReasonVi { get; init; } = MessageVi;

    /// <summary>The same in English.</summary>
    public string ReasonEn { get; init; } = MessageEn;

    /// <summary>When the axes look swapped: the WGS 84 point the input gives once swapped back, which lies in Vietnam.</summary>
    public (double LonDeg, double LatDeg)? SwappedReading { get; init; }

    public override string ToString() => MessageEn;
}
