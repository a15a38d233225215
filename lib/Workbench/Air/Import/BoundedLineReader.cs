using System.Buffers;

namespace Workbench.Air.Import;

/// <summary>
/// Physical lines of a byte stream with a bounded buffer (issue 14 clause 4): a line longer than the limit is skipped to
/// its end without being stored, so memory stays flat whatever the file holds. Line ends: LF, CRLF or a lone CR.
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    private const int Chunk = 1 << 16;
    private readonly Stream _stream;
    private readonly int _max;
    private byte[] _buf;
    private int _start, _end, _scan;
    private bool _eof;

    public BoundedLineReader(Stream stream, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        _max = maxLineBytes;
        _buf = ArrayPool<byte>.Shared.Rent(Chunk);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Size of the internal buffer (for tests: it never grows past the limit plus one read chunk).</summary>
    public int BufferCapacity => _buf.Length;

    /// <summary>
    /// The next line without its line end (valid until the next call). False at the end. <paramref name="tooLongBytes"/>
    /// &gt; 0 when the line was longer than the limit: it was skipped, <paramref name="line"/> is empty and the value is
    /// its length in bytes. <paramref name="terminated"/> is false for a last line without a line end.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> line, out bool terminated, out long tooLongBytes)
    {
        tooLongBytes = 0;
        long skipped = 0;
        while (true)
        {
            var span = _buf.AsSpan(_scan, _end - _scan);
            var i = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (i >= 0)
            {
                var at = _scan + i;
                var endLen = 1;
                if (_buf[at] == (byte)'\r')
                {
                    if (at + 1 >= _end && !_eof) { Fill(); continue; }   // CR at the buffer end: is an LF next?
                    if (at + 1 < _end && _buf[at + 1] == (byte)'\n') endLen = 2;
                }
                LineNumber++;
                terminated = true;
                if (skipped > 0)
                {
                    tooLongBytes = skipped + (at - _start);
                    line = default;
                }
                else line = _buf.AsSpan(_start, at - _start);
                _start = _scan = at + endLen;
                if (tooLongBytes > 0 || line.Length <= _max) return true;
                tooLongBytes = line.Length;   // found whole in the buffer but still over the limit
                line = default;
                return true;
            }
            _scan = _end;
            if (_eof)
            {
                if (_start == _end && skipped == 0) { line = default; terminated = false; return false; }
                LineNumber++;
                terminated = false;
                var len = _end - _start;
                _start = _scan = _end;
                if (skipped > 0 || len > _max) { tooLongBytes = skipped + len; line = default; return true; }
                line = _buf.AsSpan(_end - len, len);
                return true;
            }
            if (_end - _start > _max)
            {
                // Over the limit: drop what is buffered, keep counting to the line end.
                skipped += _end - _start;
                _start = _scan = _end;
            }
            Fill();
        }
    }

    private void Fill()
    {
        // Move the unfinished line to the front; grow only while a line within the limit needs it.
        if (_start > 0)
        {
            _buf.AsSpan(_start, _end - _start).CopyTo(_buf);
            _end -= _start;
            _scan -= _start;
            _start = 0;
        }
        if (_buf.Length - _end < Chunk / 2)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buf.Length * 2, _end + Chunk));
            _buf.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buf);
            _buf = bigger;
        }
        var n = _stream.Read(_buf, _end, Math.Min(_buf.Length - _end, _max + Chunk));
        if (n == 0) _eof = true;
        _end += n;
    }

    public void Dispose()
    {
        if (_buf.Length > 0) ArrayPool<byte>.Shared.Return(_buf);
        _buf = [];
        _stream.Dispose();
    }
}
