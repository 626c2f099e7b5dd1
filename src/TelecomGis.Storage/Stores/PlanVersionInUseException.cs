using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

/// <summary>A plan version that an appraisal refers to was to be deleted: the appraisal must stay reproducible.</summary>
public sealed class PlanVersionInUseException(PlanVersion version, Exception? inner = null)
    : InvalidOperationException($"Plan version {version.Short} is referenced by an appraisal and cannot be deleted or changed.", inner)
{
    public PlanVersion Version { get; } = version;
}
