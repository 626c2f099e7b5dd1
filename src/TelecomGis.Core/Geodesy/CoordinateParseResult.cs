using System.Diagnostics.CodeAnalysis;

namespace TelecomGis.Core.Geodesy;

/// <summary>A submitted position read as WGS 84, with the form it was written in, or why it was rejected.</summary>
public sealed record CoordinateParseResult
{
    private CoordinateParseResult() { }

    /// <summary>WGS 84 longitude in degrees east; 0 when <see cref="IsSuccess"/> is false.</summary>
    public double LonDeg { get; private init; }

    /// <summary>WGS 84 latitude in degrees north; 0 when <see cref="IsSuccess"/> is false.</summary>
    public double LatDeg { get; private init; }

    public CoordinateForm Form { get; private init; }

    /// <summary>The X/Y/EPSG as submitted, for <see cref="CoordinateForm.Vn2000"/> input.</summary>
    public Vn2000Coordinates? Vn2000 { get; private init; }

    public CoordinateParseError? Error { get; private init; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    internal static CoordinateParseResult Success(double lonDeg, double latDeg, CoordinateForm form, Vn2000Coordinates? vn2000 = null) =>
        new()
        {
            LonDeg = lonDeg,
            LatDeg = latDeg,
            Form = form,
            Vn2000 = vn2000,
        };

    internal static CoordinateParseResult Failure(CoordinateParseError error) => new() { Error = error };
}
