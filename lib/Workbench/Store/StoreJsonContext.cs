using System.Text.Json.Serialization;

namespace Workbench.Store;

/// <summary>
/// The JSON contracts of the store's small files, generated when the library is built. Read by reflection, the
/// serializer compiled some two hundred methods at the start of every command that opened a store; the file layout is
/// set by the options of <see cref="StoreYear"/> and <see cref="ImportLedger"/>, as before.
/// </summary>
[JsonSerializable(typeof(StoreYear))]
[JsonSerializable(typeof(ImportLedger))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
