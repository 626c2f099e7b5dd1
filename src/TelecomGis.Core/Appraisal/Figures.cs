using System.Globalization;

namespace TelecomGis.Core.Appraisal;

/// <summary>Numbers as each language writes them: Vietnamese uses a decimal comma and dot thousands ("1.234,5 m").</summary>
public static class Figures
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string VnM(double metres) => RuleResult.Round(metres).ToString("#,##0.0", Vi) + " m";

    public static string EnM(double metres) => RuleResult.Round(metres).ToString("#,##0.0", CultureInfo.InvariantCulture) + " m";

    public static string Vn(double value, string format = "#,##0.##") => value.ToString(format, Vi);

    public static string En(double value, string format = "#,##0.##") => value.ToString(format, CultureInfo.InvariantCulture);
}
