using Workbench.IO;

namespace Workbench.Cli.Commands;

/// <summary>Runs a command body and turns failures into a Chinese message and a non-zero exit code.</summary>
/// <remarks>
/// Exit 2 for everything the analyst can cause and fix (bad or missing input, an output that cannot be written, a
/// period without data, a bad option value), always with a Chinese message naming the path; exit 1 "内部错误" only
/// for a fault of the program itself (an exception whose text is not ours).
/// </remarks>
internal static class CommandRunner
{
    /// <summary>Exit code for bad input (unreadable file, bad option value, unwritable output, no data).</summary>
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
        catch (Exception e)
        {
            var (code, message) = Describe(e);
            Console.Error.WriteLine(message);
            return code;
        }
    }

    /// <summary>The exit code and the Chinese line of a failure.</summary>
    internal static (int Code, string Message) Describe(Exception e)
    {
        e = Unwrap(e);
        switch (e)
        {
            case WorkbenchUserException:
                return (BadInput, $"错误：{e.Message}");
            case IOException or UnauthorizedAccessException when IsChinese(e.Message):
                return (BadInput, $"错误：{e.Message}");
            case IOException or UnauthorizedAccessException:
            {
                // A file-system failure no command mapped closer to its path: reading, most often.
                var reason = e is UnauthorizedAccessException ? "没有访问权限" : IoErrors.Reason(e);
                return (BadInput, IoErrors.PathOf(e) is { } path ? $"错误：无法访问“{path}”：{reason}" : $"错误：{reason}");
            }
            case InvalidDataException:
                return (BadInput, $"错误：{IoErrors.Reason(e)}{(IsChinese(e.Message) ? "：" + e.Message : "")}");
            // Our own checks throw these with a Chinese text; a .NET text means a fault of the program.
            case FormatException or ArgumentException or InvalidOperationException or NotSupportedException when IsChinese(e.Message):
                return (BadInput, $"错误：{e.Message}");
            default:
                return (Failure, $"内部错误：{e.GetType().Name}: {e.Message}");
        }
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            if (e is AggregateException { InnerExceptions.Count: > 0 } a)
                e = a.InnerExceptions.FirstOrDefault(x => x is WorkbenchUserException) ?? a.InnerExceptions[0];
            else if (e is System.Reflection.TargetInvocationException { InnerException: { } inner }) e = inner;
            else return e;
        }
    }

    private static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
