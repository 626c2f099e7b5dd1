using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Tests.Coverage.Propagation.Itm;

public class ItmOrderStatisticTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(35)]
    [InlineData(245)]
    public void Select_AgreesWithSorting_ForEveryK_OnRandomTiesAndSortedInput(int n)
    {
        var random = new Random(n);
        foreach (var make in new Func<int, double>[] { _ => random.NextDouble(), _ => random.Next(5), i => i, i => -i })
        {
            var values = Enumerable.Range(0, n).Select(make).ToArray();
            var sorted = values.Order().ToArray();
            for (var k = 0; k < n; k++)
                Assert.Equal(sorted[k], ItmOrderStatistic.Select((double[])values.Clone(), k));
        }
    }
}
