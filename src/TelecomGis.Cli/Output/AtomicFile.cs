using System.Text;

namespace TelecomGis.Cli.Output;

/// <summary>Writes a file through a temporary one beside it and a rename, so a failed or cancelled run never leaves half a file.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + ".partial";
        try
        {
            using (var stream = File.Create(temp))
            {
                write(stream);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    /// <summary>A UTF-8 text file with a BOM, so that Excel opens Vietnamese CSV text correctly.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            write(text);
        });

    /// <summary>The output folder, created when missing; a clear error when it is a file.</summary>
    public static string Folder(DirectoryInfo dir, string option)
    {
        if (File.Exists(dir.FullName))
            throw new CliError(
                $"{option}: '{dir.FullName}' là một tệp, không phải thư mục.",
                $"{option}: '{dir.FullName}' is a file, not a folder."
            );
        Directory.CreateDirectory(dir.FullName);
        return dir.FullName;
    }
}
