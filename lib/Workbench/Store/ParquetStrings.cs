using System.Runtime.InteropServices;
using ParquetSharp;

namespace Workbench.Store;

/// <summary>
/// Reads a string column whose values come in runs (a station's or a city's rows together, a status repeated) without
/// a new string per row: a row equal to the one before shares its string. The store's tables are sorted so; a
/// national month is a million rows of ≈ 1,600 station codes.
/// </summary>
internal static class ParquetStrings
{
    private const int Batch = 4096;

    /// <summary>The column's values, one per row (null where the value is null).</summary>
    public static string?[] ReadRuns(RowGroupReader group, int column, int rows)
    {
        using var reader = (ColumnReader<ByteArray>)group.Column(column);
        var result = new string?[rows];
        var definition = new short[Batch];
        var values = new ByteArray[Batch];
        var bytes = new byte[256];
        var previous = new byte[256];
        var previousLength = -1;
        string? previousText = null;
        var i = 0;
        var maxDefinition = reader.ColumnDescriptor.MaxDefinitionLevel;
        while (i < rows && reader.HasNext)
        {
            var levels = (int)reader.ReadBatch(Math.Min(Batch, rows - i), definition, default, values, out _);
            var v = 0;
            for (var k = 0; k < levels; k++)
            {
                if (maxDefinition > 0 && definition[k] < maxDefinition) { result[i++] = null; continue; }
                var value = values[v++];
                if (value.Length > bytes.Length) bytes = new byte[value.Length * 2];
                if (value.Length > 0) Marshal.Copy(value.Pointer, bytes, 0, value.Length);
                var span = bytes.AsSpan(0, value.Length);
                if (previousLength != value.Length || !span.SequenceEqual(previous.AsSpan(0, previousLength)))
                {
                    previousText = System.Text.Encoding.UTF8.GetString(span);
                    if (previous.Length < value.Length) previous = new byte[bytes.Length];
                    span.CopyTo(previous);
                    previousLength = value.Length;
                }
                result[i++] = previousText;
            }
        }
        return result;
    }
}
