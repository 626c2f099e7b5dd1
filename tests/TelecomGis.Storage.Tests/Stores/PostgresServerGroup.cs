namespace TelecomGis.Storage.Tests.Stores;

/// <summary>The Storage tests that share one throwaway PostgreSQL server and the committed bundle.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>, ICollectionFixture<CommittedBundleFixture>
{
    public const string Name = "throwaway PostgreSQL";
}
