using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// Where a running cell's side outputs go while it runs: printed text and <c>display(x)</c> calls. The runner
/// collects them into the .ipynb; the kernel publishes each at once on IOPub. The cell's value and its error are
/// not sent here: they come back in <see cref="CellOutcome"/>.
/// </summary>
public interface ICellOutputSink
{
    /// <summary>Text the cell printed; <paramref name="name"/> is <c>stdout</c> or <c>stderr</c>.</summary>
    void WriteStream(string name, string text);

    /// <summary>A value the cell displayed with <c>display(x)</c>, already rendered.</summary>
    void Display(MimeBundle bundle);
}
