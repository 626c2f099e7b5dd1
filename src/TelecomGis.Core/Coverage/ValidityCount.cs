namespace TelecomGis.Core.Coverage;

/// <summary>How many cell evaluations of one server fell outside its model's validity range, and the model's note for them.</summary>
public readonly record struct ValidityCount(int Server, long Evaluations, long OutsideValidity, string? Note);
