using System.Text.RegularExpressions;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Tests.Appraisal;

namespace TelecomGis.Core.Tests.Planning;

/// <summary>A Vietnamese text names a plan version as the department does, never by its hash; the English keeps the short hash.</summary>
public partial class PlanVersionWordsTests
{
    private static readonly PlanVersion Version = new("7a917bdcb14b" + new string('e', 52));

    [GeneratedRegex("[0-9a-f]{12}")]
    private static partial Regex TwelveHexDigits();

    [Theory]
    [InlineData(PlanVersionStatus.Current, "Quy hoạch thử, bản nhập lúc 09:15 ngày 07/12/2026 (đang áp dụng)")]
    [InlineData(PlanVersionStatus.Draft, "Quy hoạch thử, bản nhập lúc 09:15 ngày 07/12/2026 (bản nháp)")]
    [InlineData(PlanVersionStatus.Replaced, "Quy hoạch thử, bản nhập lúc 09:15 ngày 07/12/2026 (không còn áp dụng)")]
    [InlineData(null, "Quy hoạch thử, bản nhập lúc 09:15 ngày 07/12/2026")]
    public void Imported_NamesTheVersionByItsImportTimeInTheDepartmentsClock(PlanVersionStatus? status, string expected)
    {
        // 02:15 UTC is 09:15 in Vietnam (UTC+7).
        var (vi, en) = PlanVersionWords.Imported(
            "Quy hoạch thử",
            new DateTimeOffset(2026, 12, 7, 2, 15, 0, TimeSpan.Zero),
            Version,
            status
        );
        Assert.Equal(expected, vi);
        Assert.DoesNotMatch(TwelveHexDigits(), vi);
        Assert.Contains("version 7a917bdcb14b", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_ReadsTheDayInVietnamNotInUtc()
    {
        // 20:30 UTC on 6 December is 03:30 on 7 December in Vietnam.
        var (vi, _) = PlanVersionWords.Imported("Quy hoạch thử", new DateTimeOffset(2026, 12, 6, 20, 30, 0, TimeSpan.Zero), Version);
        Assert.Equal("Quy hoạch thử, bản nhập lúc 03:30 ngày 07/12/2026", vi);
    }

    [Fact]
    public void OfBundle_NamesTheApprovingDecision()
    {
        var toy = new ToyPlan().Build();
        var plan = toy with
        {
            Version = Version,
            Metadata = toy.Metadata with
            {
                Approval = new PlanApproval("1234/QĐ-UBND", new DateOnly(2023, 6, 15), "UBND tỉnh Thử", "Quyết định số 1234/QĐ-UBND …"),
            },
        };
        var (vi, en) = PlanVersionWords.OfBundle(plan);
        Assert.Equal($"Quy hoạch thử ({toy.Province.Name}), Quyết định số 1234/QĐ-UBND ngày 15/06/2023", vi);
        Assert.Equal($"Quy hoạch thử ({toy.Province.Name}), Decision 1234/QĐ-UBND of 15/06/2023, version 7a917bdcb14b", en);
    }

    [Fact]
    public void OfBundle_DoesNotRepeatTheProvinceThePlansNameAlreadySays()
    {
        var toy = new ToyPlan().Build();
        var plan = toy with { Metadata = toy.Metadata with { PlanName = "Quy hoạch hạ tầng viễn thông thụ động Tỉnh Thử" } };
        Assert.Equal("Quy hoạch hạ tầng viễn thông thụ động Tỉnh Thử", PlanVersionWords.OfBundle(plan).Vi);
    }

    [Fact]
    public void OfBundle_WithoutAnApprovalNamesThePlanAlone()
    {
        var plan = new ToyPlan().Build() with { Version = Version };
        var (vi, _) = PlanVersionWords.OfBundle(plan);
        Assert.Equal($"Quy hoạch thử ({plan.Province.Name})", vi);
    }
}
