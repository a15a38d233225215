using System.Text.Json.Serialization;

namespace Workbench.Store;

/// <summary>
/// The JSON contracts of the store's small files, generated when the library is built, for writing them (an import);
/// without them the serializer built its contracts by reflection, emitting code at run time. The file layout is set by
/// the options of <see cref="StoreYear"/> and <see cref="ImportLedger"/>; <see cref="StoreJsonReader"/> reads them.
/// </summary>
[JsonSerializable(typeof(StoreYear))]
[JsonSerializable(typeof(ImportLedger))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
