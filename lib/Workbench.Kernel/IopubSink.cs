using System.Text.Json.Nodes;
using Workbench.Kernel.Protocol;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Rendering;

namespace Workbench.Kernel;

/// <summary>
/// Publishes a running cell's printed text and <c>display(x)</c> outputs on IOPub at once, as <c>stream</c> and
/// <c>display_data</c> messages answering the cell's execute_request.
/// </summary>
internal sealed class IopubSink(KernelServer server, JsonObject parentHeader) : ICellOutputSink
{
    public void WriteStream(string name, string text) =>
        server.Publish("stream", new JsonObject { ["name"] = name, ["text"] = text }, parentHeader);

    public void Display(MimeBundle bundle) =>
        server.Publish("display_data",
            new JsonObject { ["data"] = KernelServer.DataOf(bundle), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() },
            parentHeader);
}
