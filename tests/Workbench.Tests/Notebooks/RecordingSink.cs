using System.Text;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Rendering;

namespace Workbench.Tests.Notebooks;

/// <summary>Collects what a cell printed and displayed.</summary>
internal sealed class RecordingSink : ICellOutputSink
{
    private readonly StringBuilder _stdout = new();
    public List<MimeBundle> Displays { get; } = [];
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public void WriteStream(string name, string text) { lock (_stdout) if (name == "stdout") _stdout.Append(text); }
    public void Display(MimeBundle bundle) => Displays.Add(bundle);
}
