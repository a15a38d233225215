using ClosedXML.Excel;

namespace Workbench.Briefings;

/// <summary>
/// Writes text from data into cells as text, never as a formula (DESIGN "Bad input": text starting with = + - @ is
/// CSV/formula injection in Excel) and never converted to a number or date.
/// </summary>
public static class SafeText
{
    /// <summary>True when Excel or a CSV reader could take the text for a formula.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Puts <paramref name="text"/> into the cell as a text value (no formula, no number or date conversion).</summary>
    public static IXLCell Set(IXLCell cell, string? text)
    {
        // SetValue<string> stores a shared string with type Text; it never parses the text (unlike the Value setter,
        // which turns "=…" into a formula in ClosedXML 0.95). The quote prefix makes Excel keep it text on editing.
        cell.SetValue(text ?? "");
        cell.DataType = XLDataType.Text;
        if (text is not null && LooksLikeFormula(text)) cell.Style.IncludeQuotePrefix = true;
        return cell;
    }
}
