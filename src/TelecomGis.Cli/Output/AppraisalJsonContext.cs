using System.Text.Json.Serialization;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Cli.Output;

/// <summary>
/// The JSON record's serialization code, generated at build time: the ahead-of-time build of the tool (Native AOT) cannot make
/// the reflection-based serializer's code at run time. Snake case, and null properties left out, as the file always was.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
)]
[JsonSerializable(typeof(AppraisalJsonSite))]
[JsonSerializable(typeof(BatchSummary))]
internal sealed partial class AppraisalJsonContext : JsonSerializerContext;
