using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Tests.Stores;

// The plan's VN-2000 transformation (plan.json's vn2000_transformation) survives a store, which keeps it on the province feature.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ThePlansMekongDeltaTransformationLoadsBack_AndANationalPlanStaysNational()
    {
        await using var store = await NewStoreAsync();
        var delta = Small(bundle.Plan, "delta");
        delta = delta with { Province = delta.Province with { Transformation = Vn2000Transformation.MekongDelta5194 } };
        var national = Small(bundle.Plan, "national");
        await store.ImportPlanAsync(delta);
        await store.ImportPlanAsync(national);
        Assert.Equal(Vn2000Transformation.MekongDelta5194, (await store.LoadPlanAsync(delta.Version))!.Province.Transformation);
        Assert.Equal(Vn2000Transformation.National6960, (await store.LoadPlanAsync(national.Version))!.Province.Transformation);
    }
}
