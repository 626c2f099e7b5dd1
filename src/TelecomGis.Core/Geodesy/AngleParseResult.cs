using System.Diagnostics.CodeAnalysis;

namespace TelecomGis.Core.Geodesy;

/// <summary>One angle read from text: its value in degrees and written form, or why it could not be read.</summary>
public sealed record AngleParseResult
{
    private AngleParseResult() { }

    /// <summary>The angle in decimal degrees, positive north and east; 0 when <see cref="IsSuccess"/> is false.</summary>
    public double ValueDeg { get; private init; }

    public CoordinateForm Form { get; private init; }

    public CoordinateParseError? Error { get; private init; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    internal static AngleParseResult Success(double valueDeg, CoordinateForm form) => new() { ValueDeg = valueDeg, Form = form };

    internal static AngleParseResult Failure(CoordinateParseError error) => new() { Error = error };
}
