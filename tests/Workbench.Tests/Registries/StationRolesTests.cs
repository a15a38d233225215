using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Registries;

namespace Workbench.Tests.Registries;

/// <summary>The station-role registry: roles over dates split a station's record; the embedded table names sources.</summary>
public class StationRolesTests
{
    private static StationRole Role(DateOnly? from, DateOnly? to) => new("9001A", "测试", "东州", "背景点", from, to, "测试来源");

    private static StationInfo Station(DateOnly? from = null, DateOnly? to = null) =>
        new("9001A", "测试", "东州", null, null, false, ValidFrom: from, ValidTo: to);

    [Fact(DisplayName = "A role from 2019-08-15 to 2021-12-31 splits an open record into before, during (control) and after")]
    public void SplitsIntoThree()
    {
        var pieces = new StationRoles([Role(new(2019, 8, 15), new(2021, 12, 31))]).Apply(Station());
        Assert.Equal(3, pieces.Count);
        Assert.Equal((null, new DateOnly(2019, 8, 14), false), (pieces[0].ValidFrom, pieces[0].ValidTo, pieces[0].IsControl));
        Assert.Equal((new DateOnly(2019, 8, 15), new DateOnly(2021, 12, 31), true), (pieces[1].ValidFrom, pieces[1].ValidTo, pieces[1].IsControl));
        Assert.Equal((new DateOnly(2022, 1, 1), (DateOnly?)null, false), (pieces[2].ValidFrom, pieces[2].ValidTo, pieces[2].IsControl));
        Assert.Equal("背景点（站点角色登记表，来源：测试来源）", pieces[1].ControlReason);
        // The registry built from the pieces answers by day.
        var reg = new StationRegistry(pieces);
        Assert.Single(reg.StationsOfCity("东州", new DateOnly(2019, 8, 14)));
        Assert.Empty(reg.StationsOfCity("东州", new DateOnly(2019, 8, 15)));
        Assert.Empty(reg.StationsOfCity("东州", new DateOnly(2021, 12, 31)));
        Assert.Single(reg.StationsOfCity("东州", new DateOnly(2022, 1, 1)));
    }

    [Fact(DisplayName = "A role outside the record's span leaves it alone; one covering it makes all of it control")]
    public void OutsideAndCovering()
    {
        var record = Station(new(2020, 1, 1), new(2020, 12, 31));
        Assert.Equal([record], new StationRoles([Role(null, new(2019, 12, 31))]).Apply(record));
        var all = Assert.Single(new StationRoles([Role(null, null)]).Apply(record));
        Assert.True(all.IsControl);
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), (all.ValidFrom!.Value, all.ValidTo!.Value));
    }

    [Fact(DisplayName = "The embedded registry: every row has a role, a source and parseable dates")]
    public void Embedded()
    {
        var rows = StationRoles.Default.Rows;
        Assert.Equal(["1002A", "1146A"], rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(new DateOnly(2012, 10, 6), rows[0].From);
    }

    [Theory(DisplayName = "Bad rows are refused with the line and column")]
    [InlineData("1002A,定陵,北京,主城点,,,来源", "role")]
    [InlineData("1002A,定陵,北京,对照点,,,", "source")]
    [InlineData("1002A,定陵,北京,对照点,2012/10/06,,来源", "from")]
    [InlineData("1002A,定陵,北京,对照点,2013-01-01,2012-01-01,来源", "to")]
    public void BadRows(string row, string column)
    {
        var e = Assert.Throws<WorkbenchDataException>(() =>
            StationRoles.Parse(new StringReader("code,name,city,role,from,to,source\n" + row + "\n"), "roles.csv"));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
    }
}
