using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Import;
using Workbench.Water.Registry;

namespace Workbench.Water.Compute;

/// <summary>Outcome of <see cref="ClassifyFile.Run"/>.</summary>
/// <param name="Rows">Data rows written (every input row).</param>
/// <param name="Classed">Rows given a class.</param>
/// <param name="WithPublished">Rows with both a published and a computed class.</param>
/// <param name="Agreeing">Of those, rows where they agree.</param>
/// <param name="RawRows">Rows with a published class whose five items came (at least partly) from raw values.</param>
/// <param name="RawAgreeing">Of those, rows that agree.</param>
public sealed record ClassifySummary(int Rows, int Classed, int WithPublished, int Agreeing, int RawRows, int RawAgreeing)
{
    /// <summary>Agreement with the published class (0–1), or null when no row has both.</summary>
    public double? AgreementRate => WithPublished == 0 ? null : (double)Agreeing / WithPublished;

    /// <summary>Chinese one-line summary.</summary>
    public string Describe() =>
        $"共 {Rows:N0} 行，计算出类别 {Classed:N0} 行；有发布类别的 {WithPublished:N0} 行中一致 {Agreeing:N0} 行"
        + (AgreementRate is { } r ? $"（{r:P2}）" : "")
        + (RawRows > 0 ? $"；其中含原始值的 {RawRows:N0} 行一致 {RawAgreeing:N0} 行" : "");
}

/// <summary>
/// <c>workbench water classify</c>: every input row of an automatic-station file, in input order, with all its columns
/// and a last column <c>计算类别</c> (Ⅰ…劣Ⅴ, empty when nothing can be classed) from pH, DO, CODMn, NH3-N and TP.
/// </summary>
public static class ClassifyFile
{
    /// <summary>Name of the added column.</summary>
    public const string ClassColumn = "计算类别";

    /// <summary>Reads <paramref name="input"/>, classifies, writes <paramref name="output"/> (UTF-8 with BOM, atomically).</summary>
    public static ClassifySummary Run(string input, SectionRegistry registry, string output, DataQualityReport quality)
    {
        var data = AutomaticStationImporter.Read(input, quality);
        var classified = AutomaticClassification.ClassifyAll(data, registry, quality);
        AutomaticClassification.ReportDisagreements(classified, data.File, quality);
        var byRow = new string[data.Rows.Count];
        foreach (var c in classified) byRow[c.Reading.RowIndex] = c.Class?.ToRoman() ?? "";
        AtomicFile.WriteText(output, w =>
        {
            w.WriteLine(string.Join(',', data.Columns.Append(ClassColumn).Select(Csv.Escape)));
            for (var i = 0; i < data.Rows.Count; i++)
                w.WriteLine(string.Join(',', data.Rows[i].Select(Csv.Escape).Append(byRow[i] ?? "")));
        }, withBom: true);
        var pub = classified.Where(c => c.AgreesWithPublished is not null).ToArray();
        var raw = pub.Where(c => c.Reading.HasRawValues).ToArray();
        return new ClassifySummary(data.Rows.Count, classified.Count(c => c.Class is not null), pub.Length,
            pub.Count(c => c.AgreesWithPublished == true), raw.Length, raw.Count(c => c.AgreesWithPublished == true));
    }
}
