using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests;

/// <summary>Reads the committed Quảng Ninh bundle once for every test class that looks at it.</summary>
public sealed class CommittedBundleFixture
{
    public ProvincePlan Plan { get; } = PlanBundleReader.Read(TestPaths.CommittedBundle);
}

[CollectionDefinition(Name)]
public sealed class CommittedBundleGroup : ICollectionFixture<CommittedBundleFixture>
{
    public const string Name = "committed bundle";
}
