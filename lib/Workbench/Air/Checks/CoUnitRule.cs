using System.Globalization;

namespace Workbench.Air.Checks;

/// <summary>What the CO unit judgement decided for one site's values from one source file (or a pool of small files).</summary>
internal enum CoVerdict
{
    /// <summary>Declared mg/m³ and plausible: taken as written.</summary>
    AsDeclared,
    /// <summary>Declared µg/m³ (PRSA, a header or unit column saying so) and plausible: divided by 1,000 (reason <c>co-unit</c>).</summary>
    ConvertDeclared,
    /// <summary>Declared mg/m³ but the median says µg/m³, no setting: refused (<c>co-unit-suspect</c>).</summary>
    RefuseLooksMicrograms,
    /// <summary>Declared mg/m³ but the median says µg/m³, `--co-unit ug`: divided by 1,000 (<c>co-unit-repaired</c>).</summary>
    RepairMicrograms,
    /// <summary>Declared µg/m³ but the median says mg/m³, no setting: refused (<c>co-unit-suspect</c>).</summary>
    RefuseLooksMilligrams,
    /// <summary>Declared µg/m³ but the median says mg/m³, `--co-unit mg`: taken as written (<c>co-unit-repaired</c>).</summary>
    RepairMilligrams,
}

/// <summary>
/// The CO unit rule shared by the hourly (<see cref="UnitPlausibility"/>) and daily (<see cref="DailyValueChecks"/>) value
/// checks: the median of a site's CO values from one file against the unit the format declares, with the thresholds and
/// the repair setting of <see cref="ValueRules"/>. Judgement, not standard: real CO medians are 0.3–3 mg/m³.
/// </summary>
internal static class CoUnitRule
{
    /// <summary>The verdict for a site-file whose CO values have median <paramref name="median"/>.</summary>
    public static CoVerdict Judge(double median, CoUnit declared, ValueRules rules)
    {
        if (declared == CoUnit.Mg && median > rules.CoMedianAboveIsMicrograms)
            return rules.CoUnit == CoUnit.Ug ? CoVerdict.RepairMicrograms : CoVerdict.RefuseLooksMicrograms;
        if (declared == CoUnit.Ug && median < rules.CoMedianBelowIsMilligrams)
            return rules.CoUnit == CoUnit.Mg ? CoVerdict.RepairMilligrams : CoVerdict.RefuseLooksMilligrams;
        return declared == CoUnit.Ug ? CoVerdict.ConvertDeclared : CoVerdict.AsDeclared;
    }

    /// <summary>µg/m³ to mg/m³, in decimal: 300 gives exactly 0.3.</summary>
    public static double ToMilligrams(double micrograms) => (double)((decimal)micrograms / 1000m);

    /// <summary>Whether a file with <paramref name="coValues"/> CO values has enough for a judgement of its own; a smaller
    /// one is pooled with the station's other small files (<see cref="Groups"/>).</summary>
    public static bool JudgedAlone(int coValues, ValueRules rules) => coValues >= rules.MinCoValuesPerJudgement;

    /// <summary>
    /// The groups of a site's source files judged together: a file with at least
    /// <see cref="ValueRules.MinCoValuesPerJudgement"/> CO values (or one <paramref name="alone"/> says so) on its own, in
    /// order; the smaller files pooled by declared unit after them, so one high but real value in a one-hour file is not
    /// taken for a unit error.
    /// </summary>
    public static List<List<int>> Groups(IReadOnlyList<int> files, Func<int, int> coValues, Func<int, CoUnit> declared,
        ValueRules rules, Func<int, bool>? alone = null)
    {
        var groups = new List<List<int>>();
        var pools = new Dictionary<CoUnit, List<int>>();
        foreach (var f in files)
        {
            if (alone?.Invoke(f) == true || JudgedAlone(coValues(f), rules)) { groups.Add([f]); continue; }
            if (!pools.TryGetValue(declared(f), out var pool)) pools[declared(f)] = pool = [];
            pool.Add(f);
        }
        groups.AddRange(pools.Values);
        return groups;
    }

    /// <summary>How a group's files are named in a report line: the file, or “first 等 N 个文件”.</summary>
    public static string GroupName(List<int> files, Func<int, string> name) =>
        files.Count == 1 ? name(files[0]) : $"{name(files[0])} 等 {files.Count} 个文件";

    /// <summary>Median of the values (sorted in place).</summary>
    public static double Median(List<double> v)
    {
        v.Sort();
        var m = v.Count / 2;
        return v.Count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /// <summary>The refusal text of a <c>co-unit-suspect</c> line.</summary>
    /// <param name="verdict"><see cref="CoVerdict.RefuseLooksMicrograms"/> or <see cref="CoVerdict.RefuseLooksMilligrams"/>.</param>
    /// <param name="median">Median of the group's CO values.</param>
    /// <param name="source">Where the declared unit comes from (“按 CNEMC 惯例”, “表头“CO(µg/m³)””).</param>
    /// <param name="what">The values refused, e.g. “本站点本文件的 CO（1,234 个值）”.</param>
    /// <param name="rules">Thresholds.</param>
    public static string SuspectReason(CoVerdict verdict, double median, string source, string what, ValueRules rules) =>
        verdict == CoVerdict.RefuseLooksMicrograms
            ? $"疑似单位错误：CO 中位数 {Num(median)} 超过 {Num(rules.CoMedianAboveIsMicrograms)} mg/m³，疑为 µg/m³（{source}应为 mg/m³），" +
              $"{what}不载入；如确为 µg/m³，请用 {ValueRules.OptionText(CoUnit.Ug)} 换算"
            : $"疑似单位错误：CO 中位数 {Num(median)} 低于 {Num(rules.CoMedianBelowIsMilligrams)} µg/m³，疑已是 mg/m³（{source}为 µg/m³，再除以 1000 会错），" +
              $"{what}不载入；如确为 mg/m³，请用 {ValueRules.OptionText(CoUnit.Mg)} 按 mg/m³ 读取";

    /// <summary>The text of a file's <c>co-unit</c> line (a declared µg/m³ converted).</summary>
    public static string ConvertedReason(string source, long count) =>
        $"单位换算：CO 原为 µg/m³（{source}），已除以 1000 换算为 mg/m³" +
        $"（{count.ToString("N0", CultureInfo.InvariantCulture)} 个值，每个文件报告一次）";

    /// <summary>A number as the report writes it (up to 4 decimals).</summary>
    public static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
