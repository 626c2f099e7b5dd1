using System.Text.RegularExpressions;

namespace TelecomGis.Api.Problems;

/// <summary>
/// A request the framework could not bind (a query value of the wrong type, a required value missing), said in the caller's
/// language. The framework's own message ("Failed to bind parameter \"int? limit\" from \"abc\".") is English and names .NET
/// types: it is read for the parameter's name and value, then worded anew.
/// </summary>
public static partial class UnreadableRequest
{
    public static string Detail(BadHttpRequestException exception, bool english)
    {
        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            var (name, value) = (bind.Groups["name"].Value, bind.Groups["value"].Value);
            return english
                ? $"Parameter {name}: \"{value}\" cannot be read as a value of the right kind."
                : $"Tham số {name}: không đọc được giá trị \"{value}\" (sai kiểu, ví dụ chữ ở chỗ cần số hoặc ngày).";
        }
        if (MissingValue().Match(exception.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return english ? $"Parameter {name} is required." : $"Thiếu tham số {name}.";
        }
        return english
            ? "A parameter or the body of the request is not in the expected form."
            : "Không đọc được yêu cầu: một tham số hoặc nội dung gửi lên không đúng định dạng.";
    }

    // ASP.NET Core's RequestDelegateFactory: 'Failed to bind parameter "{type} {name}" from "{value}".'
    [GeneratedRegex("^Failed to bind parameter \"\\S+ (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    // And 'Required parameter "{type} {name}" was not provided from {source}.'
    [GeneratedRegex("^Required parameter \"\\S+ (?<name>[^\"]+)\" was not provided", RegexOptions.Singleline)]
    private static partial Regex MissingValue();
}
