using System.Text;
using System.Text.Json;
using Workbench.IO;
using Workbench.Notebooks.Ipynb;

namespace Workbench.Tests.Notebooks;

/// <summary>Reading .ipynb files that are not what they should be: each found by fuzzing (issue 14), each refused with the
/// workbench's Chinese error naming the file and the place, instead of a .NET exception or a silent change.</summary>
public sealed class NotebookDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wb-nbdoc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Cell = """{"cell_type": "code", "execution_count": 1, "id": "c1", "metadata": {"tags": ["parameters"]}, "outputs": [], "source": ["var x = 1;"]}""";

    private static string Notebook(string cell = Cell, string nbformat = "4") =>
        $"{{\n \"cells\": [\n  {cell}\n ],\n \"metadata\": {{}},\n \"nbformat\": {nbformat},\n \"nbformat_minor\": 5\n}}\n";

    private WorkbenchDataException Refused(byte[] bytes)
    {
        var path = Path.Combine(_folder, "月报.ipynb");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<WorkbenchDataException>(() => NotebookDocument.Load(path));
        Assert.Equal(path, e.File);
        return e;
    }

    private WorkbenchDataException Refused(string text) => Refused(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_clean_notebook_loads_and_reads()
    {
        var path = Path.Combine(_folder, "月报.ipynb");
        File.WriteAllText(path, Notebook());
        var cell = Assert.Single(NotebookDocument.Load(path).Cells);
        Assert.Equal(("code", "c1", "var x = 1;", 1), (cell.CellType, cell.Id, cell.Source, cell.ExecutionCount));
        Assert.Equal(["parameters"], cell.Tags);
    }

    [Fact]
    public void A_syntax_error_names_line_and_byte_in_Chinese_without_the_parser_text()
    {
        // Was "笔记本不是有效的 JSON：'$' is invalid after a value. Expected either ',', '}', or ']'. LineNumber: …".
        var e = Refused(Notebook().Replace("\"metadata\": {},", "\"metadata\": {}$"));
        Assert.Equal((5L, "第 16 字节"), (e.Line!.Value, e.Column));   // the "$" after "metadata": {}
        Assert.Equal("笔记本不是有效的 JSON（引号或括号未闭合、缺少逗号、文件被截断等）", e.Reason);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
        Assert.DoesNotContain(e.InnerException!.Message, e.Message);
    }

    [Fact]
    public void A_repeated_key_is_refused_where_it_repeats()
    {
        // Was an English ArgumentException when the cell was first read, long after loading.
        var e = Refused(Notebook(Cell.Replace("{\"cell_type\": \"code\",", "{\"cell_type\": \"code\", \"cell_type\": \"markdown\",")));
        Assert.Equal((3L, "第 25 字节"), (e.Line!.Value, e.Column));   // the second "cell_type"
        Assert.Contains("键“cell_type”在同一对象中重复出现", e.Reason);
    }

    [Theory]
    [InlineData("\"execution_count\": 1", "\"execution_count\": \"1\"", "第 1 个单元格（id c1）的 execution_count 应为整数或 null，实为文本")]
    [InlineData("\"tags\": [\"parameters\"]", "\"tags\": [7]", "第 1 个单元格（id c1）的 metadata.tags 第 1 项 应为文本，实为数")]
    [InlineData("\"source\": [\"var x = 1;\"]", "\"source\": {}", "第 1 个单元格（id c1）的 source 应为文本或文本的数组，实为对象")]
    [InlineData("\"outputs\": []", "\"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": 5}]",
        "第 1 个单元格（id c1）的 outputs 第 1 项的 text 应为文本或文本的数组，实为数")]
    [InlineData("\"metadata\": {\"tags\"", "\"metadata\": [], \"x\": {\"tags\"", "第 1 个单元格（id c1）的 metadata 应为对象，实为数组")]
    public void A_field_of_the_wrong_type_is_refused_naming_cell_and_field(string field, string wrong, string reason)
    {
        // Was an English InvalidOperationException in a run or a report (or, for metadata, an empty object saved in its place).
        var e = Refused(Notebook(Cell.Replace(field, wrong)));
        Assert.Equal("笔记本结构不正确：" + reason, e.Reason);
    }

    [Fact]
    public void A_version_of_the_wrong_type_is_refused()
    {
        // Was an English InvalidOperationException ("An element of type 'String' cannot be converted to a 'System.Int32'").
        Assert.Equal("笔记本结构不正确：nbformat 应为整数，实为文本", Refused(Notebook(nbformat: "\"4\"")).Reason);
        Assert.Equal("只支持 nbformat 4 格式的笔记本（此文件为 3）", Refused(Notebook(nbformat: "3")).Reason);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_not_replaced()
    {
        // Were read as U+FFFD and saved back so: the cell's text silently changed.
        var bytes = Encoding.UTF8.GetBytes(Notebook(Cell.Replace("var x = 1;", "var 城 = 1;")));
        var at = Array.IndexOf(bytes, (byte)0xE5);   // the lead byte of 城
        bytes[at] = 0xF8;
        var e = Refused(bytes);
        Assert.Equal((3L, $"第 {at - Array.LastIndexOf(bytes, (byte)'\n', at)} 字节"), (e.Line!.Value, e.Column));
        Assert.StartsWith("笔记本不是有效的 UTF-8 文本", e.Reason);
    }
}
