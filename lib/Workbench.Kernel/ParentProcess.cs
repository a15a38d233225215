using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Workbench.Kernel;

/// <summary>
/// Ends the kernel when the process that started it dies, as ipykernel's parent pollers do: a front end killed without
/// a shutdown request must not leave its kernel running (holding the parent's output pipes and its ports). On Unix
/// the kernel is orphaned once its parent process id changes, or once the process named by <c>JPY_PARENT_PID</c>
/// (jupyter_client sets it to its own pid) is gone; on Windows <c>JPY_PARENT_PID</c> is an inherited process handle,
/// signalled when that process ends. Checked once a second.
/// </summary>
public sealed class ParentProcess : IDisposable
{
    /// <summary>The variable jupyter_client sets for the kernel (pid on Unix, process handle on Windows).</summary>
    public const string Variable = "JPY_PARENT_PID";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    private ParentProcess(Func<bool> isGone, Action onGone)
    {
        _thread = new Thread(() =>
        {
            while (!_stop.Token.WaitHandle.WaitOne(Interval))
            {
                if (!isGone()) continue;
                onGone();
                return;
            }
        }) { IsBackground = true, Name = "jupyter-parent-watch" };
        _thread.Start();
    }

    /// <summary>
    /// Watches the parent; calls <paramref name="onGone"/> once, on the watcher's thread, when it has died. Returns null
    /// when there is nothing to watch (Windows without <c>JPY_PARENT_PID</c>).
    /// </summary>
    public static ParentProcess? Watch(Action onGone, string? parentVariable = null)
    {
        ArgumentNullException.ThrowIfNull(onGone);
        var value = parentVariable ?? Environment.GetEnvironmentVariable(Variable);
        if (OperatingSystem.IsWindows())
        {
            if (!long.TryParse(value, out var handle) || handle == 0) return null;
            var parent = new ManualResetEvent(false) { SafeWaitHandle = new SafeWaitHandle((IntPtr)handle, ownsHandle: false) };
            return new ParentProcess(() => parent.WaitOne(0), onGone);
        }
        var startedBy = GetParentId();
        var named = int.TryParse(value, out var pid) && pid > 1 ? pid : 0;
        return new ParentProcess(() => GetParentId() != startedBy || named != 0 && !IsAlive(named), onGone);
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        if (Thread.CurrentThread != _thread) _thread.Join(TimeSpan.FromSeconds(2));
    }

    // kill(pid, 0) sends nothing: it only asks whether the process exists (EPERM: it exists, owned by another user).
    private static bool IsAlive(int pid) => Kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == 1;

    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentId();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
