using System.Text;

namespace Workbench.Tests.Cli;

/// <summary>Runs the `workbench` command in-process and captures what it prints.</summary>
/// <remarks>Console is process-wide, so CLI tests share one non-parallel collection.</remarks>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    /// <summary>Exit code, standard output and standard error of one run.</summary>
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>Runs the command with <paramref name="args"/>.</summary>
    public static Result Run(params string[] args)
    {
        lock (Gate)
        {
            var entry = typeof(Workbench.Cli.Commands.CommandRunner).Assembly.EntryPoint!;
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (o, e) = (new StringWriter(), new StringWriter());
            Console.SetOut(o);
            Console.SetError(e);
            try
            {
                var ret = entry.Invoke(null, [args]);
                var code = ret is Task<int> t ? t.GetAwaiter().GetResult() : (int)ret!;
                return new Result(code, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
                Console.OutputEncoding = Encoding.UTF8;
            }
        }
    }
}

/// <summary>The CLI tests' collection: never run in parallel with each other.</summary>
[CollectionDefinition("cli", DisableParallelization = true)]
public sealed class CliCollection;
