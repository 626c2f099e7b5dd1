namespace TelecomGis.Generator;

/// <summary>
/// A step of a long generation, reported as it starts, in Vietnamese and English: the tool that runs the generator speaks the
/// user's language (Vietnamese unless <c>--lang en</c>), so the generator cannot say its steps in one language alone.
/// </summary>
/// <param name="Vi">The step in Vietnamese, its numbers written the Vietnamese way ("1.400").</param>
/// <param name="En">The same in English.</param>
public sealed record GenerationStep(string Vi, string En);
