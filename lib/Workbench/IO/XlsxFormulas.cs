using System.Globalization;
using ClosedXML.Excel;

namespace Workbench.IO;

/// <summary>
/// Formula cells of the XLSX readers (air tidy tables, water tables): a formula cell is read from the result the file
/// stores with it (what Excel showed when it saved), never recalculated here; ClosedXML 0.95's <c>Value</c> recalculates,
/// and fails in English on functions it does not know. A formula cell without a stored result (files written by scripts,
/// e.g. openpyxl or ClosedXML itself) is not loaded and is reported as <see cref="WithoutValueCode"/>.
/// </summary>
public static class XlsxFormulas
{
    /// <summary>Reason code of a formula cell that carries no stored result.</summary>
    public const string WithoutValueCode = "formula-without-value";

    /// <summary>
    /// The result stored with a formula cell (ClosedXML's <c>CachedValue</c>, the file's &lt;v&gt;) as text, or null when
    /// the file stores none. Numbers are stored as text with up to 17 digits (0.21000000000000002): they are read with
    /// 15, as Excel shows them and as number cells are read.
    /// </summary>
    public static string? StoredText(IXLCell cell)
    {
        var stored = cell.CachedValue switch
        {
            null => "",
            double d => d.ToString("G15", CultureInfo.InvariantCulture),
            DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            var o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "",
        };
        if (double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && !stored.Contains(','))
            stored = n.ToString("G15", CultureInfo.InvariantCulture);
        return stored.Length > 0 ? stored : null;
    }

    /// <summary>The report text of a formula cell without a stored result (sheet!cell and the formula).</summary>
    public static string WithoutValueReason(IXLCell cell) =>
        $"单元格 {cell.Worksheet.Name}!{cell.Address}（公式 ={cell.FormulaA1}）没有保存计算结果：该值未载入（在 Excel 中打开并保存后可带上结果）";
}
