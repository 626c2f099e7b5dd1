using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// The identity of a set of sites as coverage sees it: SHA-256 over each site's id, position, height and sectors, in id order.
/// Editing a zone or a rule leaves it unchanged (coverage does not depend on them), editing a sector changes it.
/// </summary>
public static class SiteSetVersion
{
    public static string Of(IEnumerable<Site> sites)
    {
        var text = new StringBuilder();
        foreach (var s in sites.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Id};{s.Carrier};{s.Location.X:R};{s.Location.Y:R};{s.HeightM:R}");
            foreach (var c in s.Sectors)
            {
                text.Append(
                    CultureInfo.InvariantCulture,
                    $"|{c.AzimuthDeg:R},{c.FrequencyMhz:R},{c.EirpDbm:R},{c.Technology},{c.AntennaHeightM:R}"
                );
            }
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
