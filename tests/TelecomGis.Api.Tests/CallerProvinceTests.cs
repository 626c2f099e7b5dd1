using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Tests;

/// <summary>Which province a request works in (issue 12, item 5), as a table.</summary>
public sealed class CallerProvinceTests
{
    private static readonly string[] Two = ["22", "31"];
    private static readonly string[] One = ["22"];

    private static ApiUser User(string? province) => new("u", Roles.Appraiser, null, province);

    [Theory]
    [InlineData("31", null, "31")]
    [InlineData("31", "31", "31")]
    [InlineData(null, "31", "31")]
    [InlineData(null, "22", "22")]
    public void AUserWorksInTheirOwnProvince_ANationalRoleInTheOneItNames(string? own, string? named, string expected) =>
        Assert.Equal(expected, CallerProvince.Resolve(User(own), named, Two));

    [Fact]
    public void OneHostedProvince_IsEveryNationalRolesAndAnonymousCallersProvince()
    {
        Assert.Equal("22", CallerProvince.Resolve(User(null), null, One));
        Assert.Equal("22", CallerProvince.Resolve(null, null, One));
        Assert.Equal("22", CallerProvince.Resolve(null, null, Two));
        Assert.Equal("31", CallerProvince.Resolve(null, "31", Two));
    }

    [Fact]
    public void ANationalRoleThatNamesNoneOfSeveral_IsRefusedInVietnamese()
    {
        var e = Assert.Throws<RequestValidationException>(() => CallerProvince.Resolve(User(null), null, Two));
        Assert.Contains("tỉnh, thành phố", Assert.Single(e.Errors).MessageVi, StringComparison.Ordinal);
        Assert.Throws<RequestValidationException>(() => CallerProvince.Resolve(User(null), "3", Two));
        Assert.Throws<RequestValidationException>(() => CallerProvince.Resolve(User("22"), "ab", Two));
    }

    [Theory]
    [InlineData("22", "31")]
    [InlineData("22", "01")]
    [InlineData(null, "01")]
    [InlineData("01", null)]
    public void AnotherProvince_OrOneNotHosted_IsNotFound(string? own, string? named) =>
        Assert.Throws<NotFoundException>(() => CallerProvince.Resolve(User(own), named, Two));
}
