namespace Workbench.Kernel;

/// <summary>The kernel's ZeroMQ channels (messaging protocol 5.3).</summary>
public enum KernelChannel
{
    /// <summary>Requests and replies (ROUTER).</summary>
    Shell,
    /// <summary>Interrupt and shutdown, answered even while a cell runs (ROUTER).</summary>
    Control,
    /// <summary>Broadcast of status and outputs (PUB).</summary>
    IoPub,
    /// <summary>Input requests to the front end (ROUTER; this kernel never sends any).</summary>
    Stdin,
}
