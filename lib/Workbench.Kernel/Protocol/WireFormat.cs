using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Kernel.Protocol;

/// <summary>
/// The Jupyter wire format (messaging protocol 5.3, "The Wire Protocol"): identities, the delimiter
/// <c>&lt;IDS|MSG&gt;</c>, the HMAC signature, header, parent header, metadata, content, then buffers.
/// </summary>
public static class WireFormat
{
    /// <summary>The frame that separates routing identities from the message.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The frames of <paramref name="message"/>, signed with <paramref name="signer"/>.</summary>
    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        var header = Bytes(message.Header);
        var parent = Bytes(message.ParentHeader);
        var metadata = Bytes(message.Metadata);
        var content = Bytes(message.Content);
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>
    /// Parses received frames. Returns the message, or null with <paramref name="problem"/> (Chinese) when the frames
    /// are malformed or the signature is wrong or missing: such a message must be dropped, never acted on.
    /// </summary>
    public static JupyterMessage? Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? problem)
    {
        problem = null;
        var at = -1;
        for (var i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { at = i; break; }
        if (at < 0) { problem = "缺少分隔帧 <IDS|MSG>"; return null; }
        if (frames.Count - at - 1 < 5) { problem = $"分隔帧后只有 {frames.Count - at - 1} 帧，至少需要 5 帧（签名、header、parent_header、metadata、content）"; return null; }
        var signature = Encoding.ASCII.GetString(frames[at + 1]);
        byte[] header = frames[at + 2], parent = frames[at + 3], metadata = frames[at + 4], content = frames[at + 5];
        // Verify before parsing: nothing of an unsigned message is interpreted.
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            problem = signature.Length == 0 ? "消息没有签名" : "消息签名（HMAC-SHA256）不正确";
            return null;
        }
        try
        {
            return new JupyterMessage(
                frames.Take(at).ToList(), Object(header, "header"), Object(parent, "parent_header"),
                Object(metadata, "metadata"), Object(content, "content"), frames.Skip(at + 6).ToList());
        }
        catch (JsonException e)
        {
            problem = $"消息 JSON 无效：{e.Message}";
            return null;
        }
    }

    private static byte[] Bytes(JsonObject node) => Encoding.UTF8.GetBytes(node.ToJsonString(Json));

    private static JsonObject Object(byte[] frame, string part) =>
        JsonNode.Parse(frame) as JsonObject ?? throw new JsonException($"{part} 不是 JSON 对象");
}
