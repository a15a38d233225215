using System.Globalization;
using System.Text.Json.Nodes;

namespace Workbench.Kernel.Protocol;

/// <summary>
/// One Jupyter message (messaging protocol 5.3): the routing identities, the four JSON parts and any binary buffers.
/// The parent header is kept as received, so replies point at exactly the request they answer.
/// </summary>
/// <param name="Identities">ZeroMQ routing identities (ROUTER sockets) or the topic (IOPub).</param>
/// <param name="Header">msg_id, session, username, date, msg_type, version.</param>
/// <param name="ParentHeader">The header of the request this message answers, or an empty object.</param>
/// <param name="Metadata">Message metadata.</param>
/// <param name="Content">The message body.</param>
/// <param name="Buffers">Extra binary frames.</param>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>The header's msg_type.</summary>
    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary>The header's msg_id.</summary>
    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>A new message of <paramref name="messageType"/> for <paramref name="session"/>, answering <paramref name="parentHeader"/>.</summary>
    public static JupyterMessage Create(
        string messageType, string session, JsonObject content, JsonObject? parentHeader = null,
        IReadOnlyList<byte[]>? identities = null, JsonObject? metadata = null) =>
        new(identities ?? [], NewHeader(messageType, session), parentHeader ?? [], metadata ?? [], content, []);

    /// <summary>A fresh header (UTC ISO 8601 date, random msg_id).</summary>
    public static JsonObject NewHeader(string messageType, string session) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = session,
        ["username"] = "workbench",
        ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = messageType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>Reads a string field of the content, or <paramref name="fallback"/>.</summary>
    public string ContentString(string name, string fallback = "") =>
        Content[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : fallback;

    /// <summary>Reads a boolean field of the content, or <paramref name="fallback"/>.</summary>
    public bool ContentBool(string name, bool fallback) =>
        Content[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    /// <summary>Reads an integer field of the content, or <paramref name="fallback"/>.</summary>
    public int ContentInt(string name, int fallback) =>
        Content[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : fallback;
}
