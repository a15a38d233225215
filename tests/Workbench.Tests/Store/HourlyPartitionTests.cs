using Workbench.Standards;
using Workbench.Store;

namespace Workbench.Tests.Store;

/// <summary>
/// An import keeps the hourly writer's column arrays from one month for the next. A month written after a larger one,
/// through the same arrays, is the file it would be on fresh arrays, and reads back to its own values: no level, value
/// or mask of the earlier month shows through.
/// </summary>
public sealed class HourlyPartitionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wb-hourly-part-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A month whose every value, AQI and audited bit is set where <paramref name="held"/> says.</summary>
    private static StoredMonth Month(int year, int month, string[] stations, Func<int, int, int, bool> held)
    {
        var m = new StoredMonth(year, month, stations);
        for (var s = 0; s < stations.Length; s++)
        {
            for (var h = 0; h < m.Grid.HourCount; h++)
            {
                if (held(s, h, -1)) m.Grid.PublishedAqi(s)[h] = (short)(10 + (s * 7 + h) % 300);
                for (var p = 0; p < PollutantInfo.All.Count; p++)
                    if (held(s, h, p)) m.Grid.Series(PollutantInfo.All[p], s)[h] = 0.1 * ((s + 1) * 1000 + h * 6 + p);
                if (held(s, h, 99)) m.Audited[s * m.Grid.HourCount + h] = (byte)(StoredMonth.AqiBit | StoredMonth.PollutantBit(h % 6));
            }
        }
        return m;
    }

    [Fact]
    public void A_smaller_month_written_through_a_larger_months_arrays_is_the_same_file_and_reads_back_to_its_values()
    {
        // March: four stations with nearly every value (the arrays grow to its rows and fill with its levels).
        var march = Month(2024, 3, ["1001A", "1002A", "1003A", "1004A"], (s, h, p) => (s + h + p) % 11 != 0);
        // February: three stations, many gaps where March had values, no AQI on odd hours, station 2 empty some days.
        var february = Month(2024, 2, ["1001A", "1003A", "2001A"],
            (s, h, p) => p == -1 ? h % 2 == 0 : p == 99 ? h % 5 == 0 : (s * 3 + h * 5 + p) % 4 == 0 && !(s == 2 && h / 24 % 3 == 0));

        var buffers = new HourlyPartition.ColumnBuffers();
        var marchRows = HourlyPartition.Write(march, Path.Combine(_dir, "march.parquet"), buffers);
        var reused = Path.Combine(_dir, "february-reused.parquet");
        var fresh = Path.Combine(_dir, "february-fresh.parquet");
        var februaryRows = HourlyPartition.Write(february, reused, buffers);
        Assert.Equal(februaryRows, HourlyPartition.Write(february, fresh));
        Assert.True(februaryRows < marchRows, $"{februaryRows} < {marchRows}");
        Assert.Equal(File.ReadAllBytes(fresh), File.ReadAllBytes(reused));

        var back = HourlyPartition.Read(reused, 2024, 2);
        Assert.Equal(february.Grid.StationCodes, back.Grid.StationCodes); // each holds an AQI every other hour
        for (var s = 0; s < back.Grid.StationCodes.Count; s++)
        {
            var o = february.Grid.IndexOfStation(back.Grid.StationCodes[s]);
            Assert.Equal(february.Grid.PublishedAqi(o).ToArray(), back.Grid.PublishedAqi(s).ToArray());
            foreach (var p in PollutantInfo.All)
                Assert.Equal(february.Grid.Series(p, o).ToArray(), back.Grid.Series(p, s).ToArray());
            var hours = february.Grid.HourCount;
            for (var h = 0; h < hours; h++)
            {
                // The mask is stored on the station-hours that hold a value.
                var holds = february.Grid.PublishedAqi(o)[h] >= 0 || PollutantInfo.All.Any(p => !double.IsNaN(february.Grid.Series(p, o)[h]));
                Assert.Equal(holds ? february.Audited[o * hours + h] : 0, back.Audited[s * hours + h]);
            }
        }
    }
}
