namespace Workbench.Briefings;

/// <summary>Kind of native Excel chart.</summary>
public enum ChartKind
{
    /// <summary>Line chart with markers (monthly trend).</summary>
    Line,
    /// <summary>Clustered column chart (five-year comparison).</summary>
    Column,
}

/// <summary>One series of a native chart: its name, the sheet range of its values and the values themselves (the chart's cache).</summary>
/// <param name="Name">Series name (legend).</param>
/// <param name="ValuesRef">A1 reference with sheet, e.g. <c>'月度趋势'!$B$4:$B$15</c>.</param>
/// <param name="Values">Cached values (null = gap).</param>
public sealed record ChartSeries(string Name, string ValuesRef, IReadOnlyList<double?> Values);

/// <summary>A native Excel chart placed on a sheet between two cells (zero-based column/row of the anchor corners).</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Kind">Line or column.</param>
/// <param name="Title">Chart title.</param>
/// <param name="AxisTitle">Value-axis title (unit).</param>
/// <param name="CategoriesRef">A1 reference of the category labels.</param>
/// <param name="Categories">Cached category labels.</param>
/// <param name="Series">The series.</param>
/// <param name="FromColumn">Anchor: first column (0-based).</param>
/// <param name="FromRow">Anchor: first row (0-based).</param>
/// <param name="ToColumn">Anchor: column after the chart (0-based).</param>
/// <param name="ToRow">Anchor: row after the chart (0-based).</param>
public sealed record ChartSpec(string Sheet, ChartKind Kind, string Title, string AxisTitle, string CategoriesRef,
    IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, int FromColumn, int FromRow, int ToColumn, int ToRow);

/// <summary>Where a picture goes: a sheet and the top-left cell (0-based), with its size in pixels.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Column">Top-left column (0-based).</param>
/// <param name="Row">Top-left row (0-based).</param>
/// <param name="Png">PNG bytes.</param>
/// <param name="WidthPx">Width in pixels.</param>
/// <param name="HeightPx">Height in pixels.</param>
/// <param name="Name">Picture name (shown in Excel's selection pane).</param>
public sealed record PicturePlacement(string Sheet, int Column, int Row, byte[] Png, int WidthPx, int HeightPx, string Name);

/// <summary>A1 references for chart formulas.</summary>
public static class A1
{
    /// <summary>Column letters of a 1-based column number.</summary>
    public static string Column(int column)
    {
        var s = "";
        for (var c = column; c > 0; c = (c - 1) / 26) s = (char)('A' + (c - 1) % 26) + s;
        return s;
    }

    /// <summary><c>'Sheet'!$B$4:$B$15</c> of a 1-based column and row span.</summary>
    public static string Range(string sheet, int column, int firstRow, int lastRow) =>
        $"'{sheet.Replace("'", "''")}'!${Column(column)}${firstRow}:${Column(column)}${lastRow}";
}
