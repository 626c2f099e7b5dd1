using System.Text.Json.Serialization;

namespace TelecomGis.Reports.Periodic;

/// <summary>
/// The report JSON's serialization code, generated at build time: the command-line tool's ahead-of-time build (Native AOT)
/// cannot make the reflection-based serializer's code at run time. Camel case and indented, as the file always was.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReportJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
