using System.Text.Json.Serialization;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Storage.Stores;

public abstract partial class SqlAppraisalStore
{
    /// <summary>
    /// The JSON the stores keep in their columns (antennas, sectors, declared rows, a conforming alternative, a plan's approval
    /// and legal bases), its code generated at build time: the command-line tool's ahead-of-time build (Native AOT) cannot make
    /// the reflection-based serializer's code for these types at run time. Snake case, as the columns were always written; it
    /// names properties only, so the approval's dictionary and the list of legal bases read and write as before.
    /// </summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(IEnumerable<AntennaRecord>))]
    [JsonSerializable(typeof(List<AntennaRecord>))]
    [JsonSerializable(typeof(IEnumerable<SectorRecord>))]
    [JsonSerializable(typeof(List<SectorRecord>))]
    [JsonSerializable(typeof(IEnumerable<DeclaredRecord>))]
    [JsonSerializable(typeof(List<DeclaredRecord>))]
    [JsonSerializable(typeof(ConformingAlternative))]
    [JsonSerializable(typeof(Dictionary<string, string>))]
    [JsonSerializable(typeof(IReadOnlyList<string>))]
    [JsonSerializable(typeof(List<string>))]
    private sealed partial class StoreJson : JsonSerializerContext;
}
