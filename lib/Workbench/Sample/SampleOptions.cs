using System.Globalization;

namespace Workbench.Sample;

/// <summary>What <see cref="SampleGenerator.Generate"/> writes, and where.</summary>
/// <param name="Start">First day of hourly data (Beijing date, file date), not before <see cref="SampleOptions.Origin"/>.</param>
/// <param name="End">Last day of hourly data (inclusive).</param>
/// <param name="Seed">Seed of every random draw; the same seed gives the same bytes.</param>
/// <param name="OutputFolder">Folder to write (replaced atomically).</param>
/// <param name="WriteHourly">False writes only the small metadata files (registry, lists, facts).</param>
public sealed record SampleOptions(
    DateOnly Start, DateOnly End, int Seed = SampleOptions.DefaultSeed,
    string OutputFolder = SampleOptions.DefaultOutputFolder, bool WriteHourly = true)
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 20150101;

    /// <summary>The default output folder, relative to the working directory (git-ignored in the repository).</summary>
    public const string DefaultOutputFolder = "data/generated/sample";

    /// <summary>First day the sample's weather and network exist; every range is simulated from here, so a
    /// short range holds exactly the values of the same days in the full run.</summary>
    public static readonly DateOnly Origin = new(2015, 1, 1);

    /// <summary>Last day the generator accepts.</summary>
    public static readonly DateOnly Horizon = new(2035, 12, 31);

    /// <summary>The default data set: 2015-01-01 to 2025-12-31.</summary>
    public static SampleOptions Default { get; } = Years(2015, 2025);

    /// <summary>Whole years <paramref name="from"/>–<paramref name="to"/>.</summary>
    public static SampleOptions Years(int from, int to, int seed = DefaultSeed, string outputFolder = DefaultOutputFolder) =>
        new(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), seed, outputFolder);

    /// <summary>Parses a year range <c>2015..2025</c> (or one year <c>2020</c>); throws <see cref="FormatException"/> in Chinese.</summary>
    public static (int From, int To) ParseYears(string text)
    {
        var t = text.Trim();
        var parts = t.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && a <= b)
            return (a, b);
        throw new FormatException($"年份范围“{text}”无法识别：应写作 2015..2025 或 2020");
    }

    /// <summary>Throws <see cref="ArgumentException"/> (Chinese) when the range is outside what the generator supports.</summary>
    public void Validate()
    {
        if (Start < Origin) throw new ArgumentException($"示例数据最早从 {Origin:yyyy-MM-dd} 开始，不能从 {Start:yyyy-MM-dd} 开始");
        if (End > Horizon) throw new ArgumentException($"示例数据最晚到 {Horizon:yyyy-MM-dd}，不能到 {End:yyyy-MM-dd}");
        if (End < Start) throw new ArgumentException($"结束日期 {End:yyyy-MM-dd} 早于开始日期 {Start:yyyy-MM-dd}");
        if (string.IsNullOrWhiteSpace(OutputFolder)) throw new ArgumentException("输出目录不能为空");
    }
}
