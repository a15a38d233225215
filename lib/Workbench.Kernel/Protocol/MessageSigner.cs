using System.Security.Cryptography;
using System.Text;

namespace Workbench.Kernel.Protocol;

/// <summary>
/// Signs and verifies messages as the Jupyter wire protocol requires: HMAC-SHA256 over the header, parent header,
/// metadata and content frames, as lowercase hex. An empty key means unsigned messages (signature "").
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] _key;

    /// <summary>A signer for <paramref name="key"/> (the connection file's key, as UTF-8).</summary>
    public MessageSigner(string key) => _key = Encoding.UTF8.GetBytes(key ?? "");

    /// <summary>True when messages are signed (the key is not empty).</summary>
    public bool IsSigning => _key.Length > 0;

    /// <summary>The hex signature of the four JSON frames; "" when unsigned.</summary>
    public string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) =>
        IsSigning ? Convert.ToHexStringLower(Mac(header, parentHeader, metadata, content)) : "";

    /// <summary>
    /// Whether <paramref name="signature"/> is the right one for the four frames, compared in constant time.
    /// Without a key every message is accepted, as Jupyter does.
    /// </summary>
    public bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsSigning) return true;
        if (string.IsNullOrEmpty(signature) || signature.Length != 64) return false;
        byte[] given;
        try { given = Convert.FromHexString(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, Mac(header, parentHeader, metadata, content));
    }

    private byte[] Mac(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }
}
