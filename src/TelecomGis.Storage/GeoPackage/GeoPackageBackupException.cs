namespace TelecomGis.Storage.GeoPackage;

/// <summary>A backup or a restore that cannot be done, said in Vietnamese (<see cref="MessageVi"/>) and English (the message).</summary>
public sealed class GeoPackageBackupException(string messageVi, string message) : Exception(message)
{
    public string MessageVi { get; } = messageVi;
}
