namespace DiasporaMatch.Cli;

/// <summary>Checks of files and folders named on the command line, made before a command changes anything.</summary>
internal static class InputFiles
{
    public static void RequireFile(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliInputException($"{file.FullName} is a folder, not a file");
        }

        if (!file.Exists)
        {
            throw new CliInputException($"{file.FullName} does not exist");
        }
    }

    /// <summary>A file to be written: its folder must exist (it is not created behind the user's back).</summary>
    public static void RequireFolderOf(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliInputException($"{file.FullName} is a folder, not a file");
        }

        if (file.Directory is { Exists: false } folder)
        {
            throw new CliInputException($"cannot write {file.FullName}: folder {folder.FullName} does not exist");
        }
    }

    public static void RequireFolder(DirectoryInfo folder)
    {
        if (File.Exists(folder.FullName))
        {
            throw new CliInputException($"{folder.FullName} is a file, not a folder");
        }

        if (!folder.Exists)
        {
            throw new CliInputException($"folder {folder.FullName} does not exist");
        }
    }

    /// <summary>A folder to write into: created when missing, refused when the path is a file.</summary>
    public static void RequireWritableFolder(DirectoryInfo folder)
    {
        if (File.Exists(folder.FullName))
        {
            throw new CliInputException($"{folder.FullName} is a file, not a folder");
        }
    }
}
