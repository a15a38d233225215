namespace Workbench.Air.Method;

/// <summary>
/// What HJ 663-2026 (in force with GB 3095-2026 from 2026-03-01) changes according to news reports only (REFERENCE
/// A3.8 ☑: exceptional events, a 3-year moving-average assessment, refined rounding). Its text was not found, so each
/// point is a setting whose default keeps HJ 663-2013 practice, and none of the 2026 behaviours is implemented: a
/// value other than the default is refused rather than guessed. docs/validation-2019.md records the search.
/// </summary>
/// <param name="ExcludeExceptionalEvents">例外事件 left out of the assessment (unconfirmed; default false: nothing is
/// left out but the official dust days).</param>
/// <param name="MovingAverageYears">Years of the moving-average assessment (unconfirmed; default 1: each year on its
/// own, as HJ 663-2013).</param>
/// <param name="RevisedRounding">The "refined" rounding of the 2026 text (unconfirmed; default false: GB/T 8170 at the
/// stages REFERENCE A3.4 gives).</param>
public sealed record Hj663Revision2026(bool ExcludeExceptionalEvents = false, int MovingAverageYears = 1, bool RevisedRounding = false)
{
    /// <summary>The defaults: HJ 663-2013 practice on every point.</summary>
    public static Hj663Revision2026 Unconfirmed { get; } = new();

    /// <summary>The points in Chinese, for methods lines.</summary>
    public string Description => "HJ 663-2026 正文未获得：例外事件扣除、三年滑动平均评价、修约细则均未采用（按 HJ 663-2013 实践）";

    /// <summary>Throws when a point asks for a 2026 behaviour, which is not implemented.</summary>
    /// <exception cref="NotSupportedException">A setting other than the default.</exception>
    public void EnsureSupported()
    {
        if (ExcludeExceptionalEvents || MovingAverageYears != 1 || RevisedRounding)
            throw new NotSupportedException(
                "HJ 663-2026 的例外事件、三年滑动平均和修约细则只见于新闻报道，标准正文未获得，未实现；请使用默认设置");
    }
}
