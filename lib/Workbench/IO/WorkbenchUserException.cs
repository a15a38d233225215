namespace Workbench.IO;

/// <summary>
/// An error the analyst can fix (a bad or missing input, an output that cannot be written, a period without data).
/// The message is Chinese and names what it is about; the command line exits with code 2.
/// </summary>
public class WorkbenchUserException : Exception
{
    /// <summary>Creates the error with its Chinese message.</summary>
    public WorkbenchUserException(string message, Exception? inner = null) : base(message, inner) { }
}
