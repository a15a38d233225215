using System.Runtime.CompilerServices;
using System.Text;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>
/// Parses one china_sites file into its slice of the hourly grid, span by span (no strings per line or
/// value), and lists everything it rejected, corrected or found missing. One instance per file, so
/// files can be parsed in parallel; rows only write the slots of their own (date, hour).
/// </summary>
internal sealed class ChinaSitesFileParser
{
    private readonly string _file;
    private readonly DateOnly _fileDate;
    private readonly StationHourlyTable _table;
    private readonly DateOnly _frameFirstDay;   // the span read (a month's grid is part of it): rows are placed in it
    private readonly int _frameHours;
    private readonly CnemcDerivedTable? _derived;
    private readonly bool[] _stationHasData;
    private readonly bool[] _hasData;   // per file, merged at the end: a shared array written by every thread would ping-pong between cores
    private readonly int[] _columnStation;   // header column → station index, -1 = not loaded
    private readonly int[] _duplicateOf;     // header column → column of the first copy, -1 = none
    private readonly int[] _fieldStart;
    private readonly int[] _fieldLength;
    private readonly bool[] _seen = new bool[24 * (ChinaSitesRowType.TrackCount + 8)];
    private readonly HashSet<long> _seenOtherDates = [];
    private readonly HashSet<string> _unknownTypes = [];
    private readonly Dictionary<int, long> _duplicateDiffers = [];
    private readonly ChinaSitesHeader _header;
    private long _empty;
    private long _dateMismatchRows;
    private (long Line, DateOnly Date) _firstDateMismatch;   // named in the file's date-mismatch line

    // The file's own day is collected station-major ([station * 24 + hour]) and copied into the grid at
    // the end, 24 contiguous hours per station: writing the grid row by row (hour-major, as the file is
    // laid out) would touch a new cache line and page for every value.
    private readonly double[]?[] _local = new double[]?[PollutantCount + DerivedCount];
    private short[]? _localAqi;
    private const int PollutantCount = 6;
    private static readonly double[] PowersOf10 =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];
    private static readonly int DerivedCount = Enum.GetValues<CnemcDerivedKind>().Length;

    private readonly long[] _rowLine = new long[24 * PollutantCount];   // line of each (hour, pollutant) row of the file's date

    /// <summary>Line of the file's row for (hour, pollutant) on its own date, when there was one.</summary>
    public long? LineOf(int hour, Pollutant p) => _rowLine[hour * PollutantCount + (int)p] is > 0 and var l ? l : null;

    public List<QualityIssue> Issues { get; } = [];
    public long Accepted { get; private set; }

    /// <summary>
    /// Values of rows dated other than the file's date. They belong to another file's day, which that file's parser
    /// writes whole (it owns those slots), so they are kept here and applied after every file is in
    /// (<see cref="ApplyOtherDates"/>).
    /// </summary>
    private List<OtherDateValue> OtherDates { get; } = [];

    /// <summary>True when the file held values for another file's day (<see cref="ApplyOtherDates"/>).</summary>
    public bool HasOtherDates => OtherDates.Count > 0;

    /// <summary>
    /// A value for a slot outside the file's own day: Kind = pollutant index, PollutantCount + derived kind for a CNEMC
    /// derived row, or -1 for the published AQI.
    /// </summary>
    private readonly record struct OtherDateValue(int Kind, int Station, int Slot, double Value);

    private ChinaSitesFileParser(string file, DateOnly fileDate, ChinaSitesHeader header, StationHourlyTable table,
        CnemcDerivedTable? derived, bool[] stationHasData, (DateOnly FirstDay, int Hours)? frame)
    {
        _file = file;
        _fileDate = fileDate;
        _header = header;
        _table = table;
        (_frameFirstDay, _frameHours) = frame ?? (DateOnly.FromDateTime(table.FirstHour), table.HourCount);
        _derived = derived;
        _stationHasData = stationHasData;
        _hasData = new bool[stationHasData.Length];
        var n = header.Count;
        _columnStation = new int[n];
        _duplicateOf = new int[n];
        _fieldStart = new int[n];
        _fieldLength = new int[n];
        Array.Fill(_columnStation, -1);
        Array.Fill(_duplicateOf, -1);
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicated = new List<string>();
        for (var c = 3; c < n; c++)
        {
            var code = header.Fields[c];
            if (code.Length == 0)
            {
                Issues.Add(new QualityIssue(file, 1, $"{c + 1}", null, null, "unnamed-column",
                    $"空列名：表头第 {c + 1} 列没有站点编码，该列数据不载入", QualityAction.Rejected));
                continue;
            }
            if (firstColumn.TryGetValue(code, out var first))
            {
                _duplicateOf[c] = first;
                duplicated.Add(code);
                continue;
            }
            firstColumn[code] = c;
            _columnStation[c] = table.IndexOfStation(code);
        }
        foreach (var code in duplicated.Distinct())
            Issues.Add(new QualityIssue(file, 1, code, code, null, "duplicate-column",
                $"重复列：站点 {code} 在表头出现不止一次，只取第一列（两列数据逐行比对，不一致另行报告）", QualityAction.Rejected));
    }

    /// <summary>
    /// Parses a file from a stream into the grid, line by line with a bounded buffer (issue 14 clause 4: a line over
    /// <see cref="TextLimits.MaxLineBytes"/> is refused, memory stays flat).
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">Its name in messages.</param>
    /// <param name="fileDate">The date it is the file of.</param>
    /// <param name="table">The grid its day is written into.</param>
    /// <param name="derived">CNEMC's derived values, when read.</param>
    /// <param name="stationHasData">Set for each station with a value (shared by the files of a read).</param>
    /// <param name="limits">Line and field limits.</param>
    /// <param name="frame">The span read, when <paramref name="table"/> holds only part of it (a month): a row dated
    /// inside the span but outside the table is kept for another file's day (<see cref="HasOtherDates"/>), not refused.</param>
    public static ChinaSitesFileParser Parse(Stream content, string file, DateOnly fileDate,
        StationHourlyTable table, CnemcDerivedTable? derived, bool[] stationHasData, TextLimits? limits = null,
        (DateOnly FirstDay, int Hours)? frame = null)
    {
        limits ??= TextLimits.Default;
        using var lines = new BoundedLineReader(content, limits.MaxLineBytes);
        var header = ChinaSitesHeader.Read(lines, file, limits);
        var p = new ChinaSitesFileParser(file, fileDate, header, table, derived, stationHasData, frame) { _limits = limits };
        try
        {
            p.ParseBody(lines);
            p.Flush();
            lock (stationHasData)
                for (var st = 0; st < stationHasData.Length; st++) stationHasData[st] |= p._hasData[st];
        }
        finally { p.ReturnBuffers(); }
        return p;
    }

    private TextLimits _limits = TextLimits.Default;
    private long _boms, _firstBom;
    private byte[] _scratch = [];

    [MethodImpl(HotPath.Options)]
    private void ParseBody(BoundedLineReader lines)
    {
        while (lines.Next(out var line, out var terminated, out var tooLong))
        {
            var lineNo = lines.LineNumber;
            if (tooLong > 0)
            {
                Issues.Add(StructureIssues.TooLong(_file, lineNo, tooLong, _limits.MaxLineBytes));
                continue;
            }
            if (line.StartsWith("\uFEFF"u8))
            {
                // Files concatenated with their BOMs: removed and counted.
                if (_boms++ == 0) _firstBom = lineNo;
                while (line.StartsWith("\uFEFF"u8)) line = line[3..];
            }
            while (!line.IsEmpty && line[^1] == 0x1A) line = line[..^1];   // DOS end-of-file mark
            if (line.IsEmpty) continue;
            ParseLine(line, terminated, lineNo);
        }
        if (_boms > 0) Issues.Add(StructureIssues.Boms(_file, _firstBom, _boms));
        Summarise();
    }

    [MethodImpl(HotPath.Options)]
    private void ParseLine(ReadOnlySpan<byte> line, bool terminated, long lineNo)
    {
        var headerCount = _header.Count;
        // The feed has no quotes; a line with any goes through the RFC 4180 path (a quoted "1,234" is one field).
        var quoted = line.IndexOf((byte)'"') >= 0;
        int fieldCount;
        if (quoted)
        {
            if (!Unquote(line, lineNo, out fieldCount)) return;
            line = _scratch.AsSpan(0, _scratchLength);
        }
        else fieldCount = line.Count((byte)',') + 1;
        // A last line cut short at the end of the file (20190220, 20190424): its complete fields are kept (DATA.md §1).
        // Any other width than the header's is refused whole: never shifted, never padded (issue 14 clause 1).
        var cut = !terminated && fieldCount < headerCount;
        if (!cut && fieldCount != headerCount)
        {
            Issues.Add(StructureIssues.FieldCountMismatch(_file, lineNo, fieldCount, headerCount, false));
            return;
        }
        var usable = cut ? fieldCount - 1 : headerCount;

        // Boundaries of date, hour and type first; the station fields only for rows that are loaded.
        var p = quoted ? 0 : Boundaries(line, 0, Math.Min(3, usable), 0);
        if (usable < 3)
        {
            Issues.Add(new QualityIssue(_file, lineNo, null, null, null, "truncated-row",
                "行截断：行在文件末尾被截断，连 date,hour,type 都不完整，整行舍弃", QualityAction.Rejected));
            return;
        }
        var dateField = Field(line, 0);
        if (!AsciiNumber.TryParseCompactDate(dateField, out var date))
        {
            Issues.Add(new QualityIssue(_file, lineNo, "date", null, null, "bad-date",
                $"日期无法识别：“{Text(dateField)}”，整行舍弃", QualityAction.Rejected));
            return;
        }
        var hourField = Field(line, 1);
        if (!AsciiNumber.TryParseInt(hourField, out var hour) || hour > 23)
        {
            Issues.Add(new QualityIssue(_file, lineNo, "hour", null, $"{date:yyyy-MM-dd}", "bad-hour",
                $"小时无法识别：“{Text(hourField)}”不在 0–23，整行舍弃", QualityAction.Rejected));
            return;
        }
        var time = new RowTime(date, hour);
        var typeField = Field(line, 2);
        var type = ChinaSitesRowType.Classify(typeField);

        if (cut)
            Issues.Add(new QualityIssue(_file, lineNo, _header.Fields[Math.Max(usable, 3)], null, time.Text, "truncated-row",
                $"行截断：文件在行中途结束（{Text(typeField)} 行只有 {fieldCount} 个字段，表头 {headerCount} 个），" +
                $"只取前 {usable} 个完整字段，截断的最后一个字段舍弃，其余站点按缺失处理", QualityAction.Rejected));

        if (type.Kind == ChinaSitesRowKind.Unknown)
        {
            var t = Text(typeField);
            if (_unknownTypes.Add(t))
                Issues.Add(new QualityIssue(_file, lineNo, "type", null, time.Text, "unknown-type",
                    $"未知类型：“{t}”行不载入（本文件只报告一次）", QualityAction.Rejected));
            return;
        }
        if (type.Kind == ChinaSitesRowKind.Derived && (_derived is null || !_derived.Has(type.Derived)))
        {
            // CNEMC's own moving averages: not part of the hourly grid (we compute our own), but still a row.
            MarkSeen(date, hour, ChinaSitesRowType.TrackCount + (int)type.Derived, lineNo, time, typeField);
            return;
        }

        var track = type.Kind == ChinaSitesRowKind.Derived ? ChinaSitesRowType.TrackCount + (int)type.Derived : type.TrackSlot;
        if (!MarkSeen(date, hour, track, lineNo, time, typeField)) return;
        if (type.Kind == ChinaSitesRowKind.Pollutant && date == _fileDate) _rowLine[hour * PollutantCount + (int)type.Pollutant] = lineNo;

        var slot = (date.DayNumber - _frameFirstDay.DayNumber) * 24 + hour;
        if (slot < 0 || slot >= _frameHours)
        {
            Issues.Add(new QualityIssue(_file, lineNo, "date", null, time.Text, "outside-range",
                "日期超出范围：行的日期不在读取范围内（与文件名日期不符），整行舍弃", QualityAction.Rejected));
            return;
        }

        // Rows of the file's own date go to the local day buffer; rows dated otherwise straight to the grid.
        var target = new RowTarget(type, hour, slot, lineNo, time);
        if (date == _fileDate)
        {
            if (type.Kind == ChinaSitesRowKind.Aqi) target.LocalAqi = LocalAqi();
            else target.Local = Local(type.Kind == ChinaSitesRowKind.Pollutant ? (int)type.Pollutant : PollutantCount + (int)type.Derived);
        }
        if (quoted)
        {
            QuotedValues(line, usable, target, typeField);
            return;
        }
        long accepted = 0;
        var i = p;   // start of the first station field
        for (var c = 3; c < usable; c++)
        {
            // One pass per field: scan and parse plain decimals (the whole feed) inline; anything else
            // (sign, exponent, text) goes through the slow path below.
            var start = i;
            long mantissa = 0;
            int digits = 0, fraction = -1;
            while (i < line.Length)
            {
                var d = (uint)(line[i] - '0');
                if (d <= 9) { mantissa = mantissa * 10 + d; digits++; if (fraction >= 0) fraction++; i++; continue; }
                if (line[i] == (byte)'.' && fraction < 0) { fraction = 0; i++; continue; }
                break;
            }
            var clean = i >= line.Length || line[i] == (byte)',';
            if (!clean)
            {
                var comma = line[i..].IndexOf((byte)',');
                i = comma < 0 ? line.Length : i + comma;
            }
            var length = i - start;
            _fieldStart[c] = start;
            _fieldLength[c] = length;
            i++;

            var st = _columnStation[c];
            if (st < 0)
            {
                if (_duplicateOf[c] >= 0) CompareDuplicate(line, c, lineNo, time);
                continue;
            }
            if (length == 0) { _empty++; continue; }
            double v;
            if (clean && digits is > 0 and <= 18 && fraction != 0)
                v = fraction > 0 ? mantissa / PowersOf10[fraction] : mantissa;
            else if (!TryValue(line.Slice(start, length), c, target, typeField, out v)) continue;
            if (Store(target, st, v, line.Slice(start, length), c, typeField)) accepted++;
        }
        Accepted += accepted;
    }

    /// <summary>A row's hour label, written out only for a quality line (formatting it for every row cost more than
    /// parsing its date and hour).</summary>
    private readonly record struct RowTime(DateOnly Date, int Hour)
    {
        public string Text => $"{Date:yyyy-MM-dd}T{Hour:00}:00";
        public override string ToString() => Text;
    }

    /// <summary>Where the values of one row go.</summary>
    private struct RowTarget(ChinaSitesRowType type, int hour, int slot, long line, RowTime time)
    {
        public readonly ChinaSitesRowType Type = type;
        public readonly int Hour = hour, Slot = slot;
        public readonly long Line = line;
        public readonly RowTime Time = time;
        public double[]? Local;
        public short[]? LocalAqi;
    }

    /// <summary>The slow path of one value: sign, exponent, text; false (and a quality line) when rejected.</summary>
    private bool TryValue(ReadOnlySpan<byte> f, int c, in RowTarget t, ReadOnlySpan<byte> typeField, out double v)
    {
        if (!AsciiNumber.TryParse(f, out v))
        {
            Issues.Add(new QualityIssue(_file, t.Line, _header.Fields[c], _header.Fields[c], t.Time.Text, "invalid-value",
                $"非数值：{Text(typeField)} 为“{Text(f)}”，剔除", QualityAction.Rejected));
            return false;
        }
        if (v < 0)
        {
            Issues.Add(new QualityIssue(_file, t.Line, _header.Fields[c], _header.Fields[c], t.Time.Text, "negative-value",
                $"负值：{Text(typeField)} = {Text(f)}，剔除", QualityAction.Rejected));
            return false;
        }
        return true;
    }

    /// <summary>Stores one accepted value; false when it is rejected (a non-integer AQI).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Store(in RowTarget t, int st, double v, ReadOnlySpan<byte> raw, int c, ReadOnlySpan<byte> typeField)
    {
        switch (t.Type.Kind)
        {
            case ChinaSitesRowKind.Aqi:
                if (v != Math.Floor(v) || v > short.MaxValue)
                {
                    Issues.Add(new QualityIssue(_file, t.Line, _header.Fields[c], _header.Fields[c], t.Time.Text, "invalid-aqi",
                        $"AQI 非整数：“{Text(raw)}”，剔除", QualityAction.Rejected));
                    return false;
                }
                if (t.LocalAqi is not null) t.LocalAqi[st * 24 + t.Hour] = (short)v;
                else OtherDates.Add(new OtherDateValue(-1, st, t.Slot, v));
                break;
            case ChinaSitesRowKind.Pollutant:
                if (t.Local is not null) t.Local[st * 24 + t.Hour] = v;
                else OtherDates.Add(new OtherDateValue((int)t.Type.Pollutant, st, t.Slot, v));
                break;
            default:
                if (t.Local is not null) t.Local[st * 24 + t.Hour] = v;
                else OtherDates.Add(new OtherDateValue(PollutantCount + (int)t.Type.Derived, st, t.Slot, v));
                break;
        }
        _hasData[st] = true;
        return true;
    }

    private int _scratchLength;

    /// <summary>
    /// RFC 4180 fields of a line with quotes, unquoted into the scratch buffer with their boundaries; false (and a
    /// quality line) when a quote is not closed on the line: china_sites has no multi-line fields, so it never swallows
    /// the next line (issue 14 clause 2).
    /// </summary>
    private bool Unquote(ReadOnlySpan<byte> line, long lineNo, out int fieldCount)
    {
        if (_scratch.Length < line.Length) _scratch = new byte[Math.Max(line.Length, 2 * _scratch.Length)];
        var o = 0;
        var i = 0;
        fieldCount = 0;
        while (true)
        {
            var start = o;
            if (i < line.Length && line[i] == (byte)'"')
            {
                i++;
                while (true)
                {
                    var q = line[i..].IndexOf((byte)'"');
                    if (q < 0)
                    {
                        Issues.Add(StructureIssues.Unterminated(_file, lineNo, 1, "在本行行尾仍未闭合（china_sites 没有跨行字段）"));
                        return false;
                    }
                    line.Slice(i, q).CopyTo(_scratch.AsSpan(o));
                    o += q;
                    i += q + 1;
                    if (i < line.Length && line[i] == (byte)'"') { _scratch[o++] = (byte)'"'; i++; continue; }
                    break;
                }
            }
            var comma = line[i..].IndexOf((byte)',');
            var end = comma < 0 ? line.Length : i + comma;
            line[i..end].CopyTo(_scratch.AsSpan(o));
            o += end - i;
            if (fieldCount < _fieldStart.Length) { _fieldStart[fieldCount] = start; _fieldLength[fieldCount] = o - start; }
            fieldCount++;
            if (comma < 0) break;
            i = end + 1;
        }
        _scratchLength = o;
        return true;
    }

    /// <summary>The station values of a row read through <see cref="Unquote"/>: a quoted "1,234" is read as 1234 and reported.</summary>
    private void QuotedValues(ReadOnlySpan<byte> buf, int usable, in RowTarget t, ReadOnlySpan<byte> typeField)
    {
        long accepted = 0;
        for (var c = 3; c < usable; c++)
        {
            var st = _columnStation[c];
            if (st < 0)
            {
                if (_duplicateOf[c] >= 0) CompareDuplicate(buf, c, t.Line, t.Time);
                continue;
            }
            var f = buf.Slice(_fieldStart[c], _fieldLength[c]);
            if (f.IsEmpty) { _empty++; continue; }
            double v;
            if (f.IndexOf((byte)',') >= 0)
            {
                var text = Encoding.UTF8.GetString(AsciiNumber.Trim(f));
                if (!StructureIssues.IsThousandsGrouped(text) || !AsciiNumber.TryParse(Encoding.ASCII.GetBytes(text.Replace(",", "")), out v) || v < 0)
                {
                    Issues.Add(new QualityIssue(_file, t.Line, _header.Fields[c], _header.Fields[c], t.Time.Text, "invalid-value",
                        $"非数值：{Text(typeField)} 为“{Text(f)}”，剔除", QualityAction.Rejected));
                    continue;
                }
                Issues.Add(StructureIssues.Thousands(_file, t.Line, _header.Fields[c], _header.Fields[c], t.Time.Text, text, v));
            }
            else if (!TryValue(f, c, t, typeField, out v)) continue;
            if (Store(t, st, v, f, c, typeField)) accepted++;
        }
        Accepted += accepted;
    }

    private double[] Local(int k)
    {
        if (_local[k] is { } a) return a;
        a = System.Buffers.ArrayPool<double>.Shared.Rent(_table.StationCodes.Count * 24);
        Array.Fill(a, double.NaN);
        return _local[k] = a;
    }

    private short[] LocalAqi()
    {
        if (_localAqi is { } a) return a;
        a = System.Buffers.ArrayPool<short>.Shared.Rent(_table.StationCodes.Count * 24);
        Array.Fill(a, (short)-1);
        return _localAqi = a;
    }

    /// <summary>
    /// Writes the file's day into the grid, 24 hours per station at a time: every slot of the day, NaN / -1 where the
    /// file had nothing (the reader leaves the grid unfilled, each file owns its day). Derived values are copied
    /// values only (their side grid starts filled).
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private void Flush()
    {
        var offset = (_fileDate.DayNumber - DateOnly.FromDateTime(_table.FirstHour).DayNumber) * 24;
        if (offset < 0 || offset + 24 > _table.HourCount) return;
        var n = _table.StationCodes.Count;
        for (var k = 0; k < PollutantCount; k++)
        {
            var a = _local[k];
            for (var st = 0; st < n; st++)
            {
                var dst = _table.Series((Pollutant)k, st).Slice(offset, 24);
                if (a is null) dst.Fill(double.NaN);
                else a.AsSpan(st * 24, 24).CopyTo(dst);
            }
        }
        for (var k = PollutantCount; k < _local.Length; k++)
        {
            var a = _local[k];
            if (a is null) continue;
            for (var st = 0; st < n; st++)
            {
                var src = a.AsSpan(st * 24, 24);
                var dst = _derived!.Series((CnemcDerivedKind)(k - PollutantCount), st).Slice(offset, 24);
                for (var h = 0; h < 24; h++)
                    if (!double.IsNaN(src[h])) dst[h] = src[h];
            }
        }
        for (var st = 0; st < n; st++)
        {
            var dst = _table.PublishedAqi(st).Slice(offset, 24);
            if (_localAqi is null) dst.Fill(-1);
            else _localAqi.AsSpan(st * 24, 24).CopyTo(dst);
        }
    }

    /// <summary>
    /// Writes the rows this file held for other dates into slots still empty (the day's own file, and files earlier in
    /// date order, come first). Call once every file is flushed, one file at a time in date order.
    /// </summary>
    public void ApplyOtherDates()
    {
        foreach (var (kind, st, slot, v) in OtherDates)
        {
            if (kind < 0)
            {
                var aqi = _table.PublishedAqi(st);
                if (aqi[slot] < 0) aqi[slot] = (short)v;
            }
            else
            {
                var series = kind < PollutantCount ? _table.Series((Pollutant)kind, st)
                    : _derived!.Series((CnemcDerivedKind)(kind - PollutantCount), st);
                if (double.IsNaN(series[slot])) series[slot] = v;
            }
        }
    }

    private void ReturnBuffers()
    {
        for (var k = 0; k < _local.Length; k++)
            if (_local[k] is { } a) { System.Buffers.ArrayPool<double>.Shared.Return(a); _local[k] = null; }
        if (_localAqi is { } s) { System.Buffers.ArrayPool<short>.Shared.Return(s); _localAqi = null; }
    }

    /// <summary>Finds the start and length of fields [from, to) beginning at byte <paramref name="p"/>; returns the next start.</summary>
    private int Boundaries(ReadOnlySpan<byte> line, int from, int to, int p)
    {
        for (var c = from; c < to; c++)
        {
            var comma = line[p..].IndexOf((byte)',');
            var len = comma >= 0 ? comma : line.Length - p;
            _fieldStart[c] = p;
            _fieldLength[c] = len;
            p += len + 1;
        }
        return p;
    }

    /// <summary>Records that a (date, hour, type) row was seen; false (and a quality line) for a repeat.</summary>
    private bool MarkSeen(DateOnly date, int hour, int track, long lineNo, RowTime time, ReadOnlySpan<byte> typeField)
    {
        bool repeat;
        if (date == _fileDate)
        {
            var k = hour * (ChinaSitesRowType.TrackCount + 8) + track;
            repeat = _seen[k];
            _seen[k] = true;
        }
        else
        {
            if (_dateMismatchRows++ == 0) _firstDateMismatch = (lineNo, date);
            repeat = !_seenOtherDates.Add(((long)date.DayNumber * 24 + hour) * 64 + track);
        }
        if (repeat)
            Issues.Add(new QualityIssue(_file, lineNo, "type", null, time.Text, "duplicate-row",
                $"重复行：{time} 的 {Text(typeField)} 已出现过，保留第一行，本行舍弃", QualityAction.Rejected));
        return !repeat;
    }

    private void CompareDuplicate(ReadOnlySpan<byte> line, int c, long lineNo, RowTime time)
    {
        var first = _duplicateOf[c];
        var a = line.Slice(_fieldStart[first], _fieldLength[first]);
        var b = line.Slice(_fieldStart[c], _fieldLength[c]);
        if (a.SequenceEqual(b)) return;
        if (_duplicateDiffers.TryGetValue(c, out var n)) { _duplicateDiffers[c] = n + 1; return; }
        _duplicateDiffers[c] = 1;
        Issues.Add(new QualityIssue(_file, lineNo, $"{c + 1}", _header.Fields[c], time.Text, "duplicate-column-differs",
            $"重复列数据不一致：站点 {_header.Fields[c]} 第一列为“{Text(a)}”，重复列为“{Text(b)}”；取第一列" +
            "（本文件首次不一致处，次数见文件小结）", QualityAction.Flagged));
    }

    private void Summarise()
    {
        var date = $"{_fileDate:yyyy-MM-dd}";
        foreach (var (c, n) in _duplicateDiffers)
            if (n > 1)
                Issues.Add(new QualityIssue(_file, null, $"{c + 1}", _header.Fields[c], date, "duplicate-column-differs",
                    $"重复列数据不一致：站点 {_header.Fields[c]} 本文件共 {n} 行两列不同（取第一列）", QualityAction.Flagged));

        const int stride = ChinaSitesRowType.TrackCount + 8;
        var missing = new List<int>();
        var aqiOnly = new List<int>();
        var partial = new List<string>();
        for (var h = 0; h < 24; h++)
        {
            var concentrations = 0;
            for (var s = 1; s < ChinaSitesRowType.TrackCount; s++) if (_seen[h * stride + s]) concentrations++;
            if (concentrations == 0)
            {
                missing.Add(h);
                if (_seen[h * stride]) aqiOnly.Add(h);
                continue;
            }
            var absent = Enumerable.Range(0, ChinaSitesRowType.TrackCount).Where(s => !_seen[h * stride + s])
                .Select(ChinaSitesRowType.TrackName).ToArray();
            if (absent.Length > 0) partial.Add($"{h}时缺 {string.Join("、", absent)}");
        }
        if (missing.Count > 0)
            Issues.Add(new QualityIssue(_file, null, null, null, date, "missing-hours",
                $"缺少小时：{HourList.Format(missing)}（共 {missing.Count} 个小时无浓度数据" +
                (aqiOnly.Count > 0 ? $"，其中 {HourList.Format(aqiOnly)} 只有 AQI 行" : "") + "），按缺失处理",
                QualityAction.Missing));
        if (partial.Count > 0)
            Issues.Add(new QualityIssue(_file, null, null, null, date, "partial-hour",
                $"小时不完整：{string.Join("；", partial)}，缺少的项目按缺失处理", QualityAction.Missing));
        if (_dateMismatchRows > 0)
            Issues.Add(new QualityIssue(_file, _firstDateMismatch.Line, "date", null, date, "date-mismatch",
                $"日期与文件名不符：有 {_dateMismatchRows} 行的日期不是 {date}（第一处：第 {_firstDateMismatch.Line} 行，" +
                $"{_firstDateMismatch.Date:yyyy-MM-dd}），按行内日期载入", QualityAction.Flagged));
        if (_empty > 0)
            Issues.Add(new QualityIssue(_file, null, null, null, date, "empty-values",
                $"空值：本文件载入的站点与项目中有 {_empty:N0} 个空值，按缺失处理（不逐条列出）", QualityAction.Missing));
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int c, int[] start, int[] length) =>
        line.Slice(start[c], length[c]);

    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int c) => Field(line, c, _fieldStart, _fieldLength);

    private static string Text(ReadOnlySpan<byte> s)
    {
        var t = Encoding.UTF8.GetString(s);
        return t.Length <= 40 ? t : t[..40] + "…";
    }
}
