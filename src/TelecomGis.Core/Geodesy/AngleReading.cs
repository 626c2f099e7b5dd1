namespace TelecomGis.Core.Geodesy;

/// <summary>What an angle's text said, before any check against Vietnam.</summary>
/// <param name="LetterAxis">The axis a hemisphere letter named (N → latitude, E → longitude), if there was one.</param>
internal readonly record struct AngleReading(double ValueDeg, CoordinateForm Form, Axis? LetterAxis);
