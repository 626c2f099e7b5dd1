namespace TelecomGis.Cli;

/// <summary>
/// The errors for a file option that names a folder: said as such, not as a missing file, an unknown format ('') or a full
/// disk, which is what the checks and the runtime would otherwise make of it.
/// </summary>
internal static class FileArgument
{
    /// <summary>The error for an input file that is not there: a folder is named as a folder.</summary>
    public static CliError Missing(FileInfo file, string option) =>
        Directory.Exists(file.FullName)
            ? IsAFolder(file, option)
            : new CliError($"{option}: không có tệp '{file.FullName}'.", $"{option}: file '{file.FullName}' does not exist.");

    /// <summary>Refuses, before any work, a file to read or write that is an existing folder.</summary>
    public static void MustNotBeAFolder(FileInfo file, string option)
    {
        if (Directory.Exists(file.FullName))
            throw IsAFolder(file, option);
    }

    private static CliError IsAFolder(FileInfo file, string option) =>
        new(
            $"{option}: '{file.FullName}' là một thư mục, không phải tệp; hãy ghi cả tên tệp.",
            $"{option}: '{file.FullName}' is a folder, not a file; give the file's name too."
        );
}
