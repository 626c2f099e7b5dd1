using System.Security.Cryptography;

namespace TelecomGis.Core.Planning;

/// <summary>
/// A plan version, identified by the SHA-256 of its inputs: the same files give the same id, on any machine,
/// so an appraisal that records it can be re-run against exactly what it was judged on.
/// </summary>
public sealed record PlanVersion(string Hash)
{
    /// <summary>The first 12 hex digits, enough to tell versions apart in a letter or a log.</summary>
    public string Short => Hash[..12];

    /// <summary>Hashes named inputs in name order (ordinal), each as its name, its length and its bytes.</summary>
    public static PlanVersion FromInputs(IEnumerable<(string Name, byte[] Content)> inputs)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in inputs.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            sha.AppendData(BitConverter.GetBytes((long)content.Length));
            sha.AppendData(content);
        }
        return new PlanVersion(Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public override string ToString() => Hash;
}
