using TelecomGis.Core.Register;

namespace TelecomGis.Core.Tests.Register;

/// <summary>A register event's source document in words: no key, no hash in what a person reads.</summary>
public class RegisterReferenceWordsTests
{
    [Theory]
    [InlineData("submission:12", "hồ sơ số 12", "dossier 12")]
    [InlineData("declaration:3", "báo cáo số 3", "declaration 3")]
    [InlineData("inspection:7", "biên bản kiểm tra số 7", "inspection 7")]
    [InlineData(
        "plan:02a845bbb163d54557ed68723d6b55d651744364af5e98a153b439164a0dbb3d",
        "dữ liệu hiện trạng của gói quy hoạch",
        "the plan bundle's existing sites"
    )]
    [InlineData("bao-cao-quy-3.xlsx", "bao-cao-quy-3.xlsx", "bao-cao-quy-3.xlsx")]
    [InlineData("submission:abc", "submission:abc", "submission:abc")]
    public void AReference_IsSaidInWords(string reference, string vi, string en)
    {
        Assert.Equal(vi, RegisterReferenceWords.Of(reference, english: false));
        Assert.Equal(en, RegisterReferenceWords.Of(reference, english: true));
    }

    [Fact]
    public void NoReference_IsNothingToSay() => Assert.Null(RegisterReferenceWords.Of(" ", english: false));
}
