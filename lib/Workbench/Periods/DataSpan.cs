using Workbench.IO;

namespace Workbench.Periods;

/// <summary>
/// The first and last day an input holds data for, and how a period asked for relates to it: a period the data does
/// not reach is refused (nothing empty is written), one it reaches in part is said plainly.
/// </summary>
/// <param name="First">First day of the data.</param>
/// <param name="Last">Last day of the data.</param>
public sealed record DataSpan(DateOnly First, DateOnly Last)
{
    /// <summary>“2015-01-01 至 2025-12-31”.</summary>
    public string Text => $"{First:yyyy-MM-dd} 至 {Last:yyyy-MM-dd}";

    /// <summary>True when the data hold every day of <paramref name="period"/>.</summary>
    public bool Covers(Period period) => First <= period.Start && Last >= period.End;

    /// <summary>The days of <paramref name="period"/> the data hold, or null when none.</summary>
    public DataSpan? Within(Period period)
    {
        var from = First > period.Start ? First : period.Start;
        var to = Last < period.End ? Last : period.End;
        return from <= to ? new DataSpan(from, to) : null;
    }

    /// <summary>Refuses a period the data do not reach at all (exit 2 on the command line).</summary>
    /// <exception cref="WorkbenchUserException">No day of the period is in the data.</exception>
    public void EnsureOverlaps(Period period, string? what = null)
    {
        if (Within(period) is null)
            throw new WorkbenchUserException(
                $"{what}{period.Label}（{period.Start:yyyy-MM-dd} 至 {period.End:yyyy-MM-dd}）没有数据：输入数据的日期范围是 {Text}，请换一个时段");
    }

    /// <summary>The warning for a period the data reach only in part; null when they cover it whole or not at all.</summary>
    public string? PartialWarning(Period period) => Covers(period) || Within(period) is not { } part ? null
        : $"注意：{period.Label}（{period.Start:yyyy-MM-dd} 至 {period.End:yyyy-MM-dd}）的数据只覆盖 {part.Text}{(part == this ? "" : $"（输入数据 {Text}）")}，其余日期无数据，仍照常计算";
}
