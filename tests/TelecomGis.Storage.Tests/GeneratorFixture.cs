using TelecomGis.Core.Planning;
using TelecomGis.Generator;

namespace TelecomGis.Storage.Tests;

/// <summary>Generates the bundle once with the default seed, for the tests that compare generations (a few seconds).</summary>
public sealed class GeneratorFixture : IDisposable
{
    public GeneratorFixture()
    {
        Folder = TestPaths.NewTempDir();
        Plan = BundleGenerator.Generate(TestPaths.SharedData, Folder);
    }

    public string? Folder { get; }
    public ProvincePlan? Plan { get; }

    public void Dispose()
    {
        if (Folder is not null)
            Directory.Delete(Folder, recursive: true);
    }
}
