using Workbench.IO;

namespace Workbench.Cli.Commands;

/// <summary>Runs a command body and turns failures into a Chinese message and a non-zero exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Exit code for bad input (unreadable file, bad option value).</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int Failure = 1;

    /// <summary>Runs <paramref name="body"/>; prints errors to stderr in Chinese.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (WorkbenchDataException e)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or FileNotFoundException
                                      or DirectoryNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"内部错误：{e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }
}
