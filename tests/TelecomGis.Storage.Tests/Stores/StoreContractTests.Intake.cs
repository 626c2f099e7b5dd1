namespace TelecomGis.Storage.Tests.Stores;

// The intake lock (issue 11, item 6 across instances): one batch at a time per province, whichever instance on the store holds it.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TheIntakeIsHeldByOneInstanceAtATime_AndEachProvinceHasItsOwn()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);

        var first = await store.HoldIntakeAsync();
        var second = other.HoldIntakeAsync();
        await Task.Delay(400);
        Assert.False(second.IsCompleted, "a second instance entered the intake while the first held it");

        // Another province's intake is free meanwhile.
        await using (await other.InProvince("31").HoldIntakeAsync().WaitAsync(TimeSpan.FromSeconds(10))) { }

        await first.DisposeAsync();
        await using var entered = await second.WaitAsync(TimeSpan.FromSeconds(10));
        // Released twice does no harm, and the first can enter again once the second leaves.
        await first.DisposeAsync();
        var again = store.HoldIntakeAsync();
        await Task.Delay(200);
        Assert.False(again.IsCompleted);
        await entered.DisposeAsync();
        await using var _ = await again.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
