namespace TelecomGis.Storage.Stores;

/// <summary>An API key as the store keeps it: the SHA-256 of the key (lower-case hex), never the key itself, and whose it is.</summary>
/// <param name="Carrier">The carrier a carrier's key speaks for; null for the department's roles.</param>
/// <param name="Province">The province (2025 code) the key's user belongs to; null for a national role, which sees every province.</param>
public sealed record StoredApiKey(
    string Sha256,
    string UserId,
    string Role,
    string? Carrier,
    DateTimeOffset IssuedAt,
    string? Province = null
);
