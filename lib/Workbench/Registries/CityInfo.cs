namespace Workbench.Registries;

/// <summary>
/// A city as CNEMC names it, with its province and the other names it goes by.
/// </summary>
/// <param name="Name">Name as CNEMC writes it in the station list (焦作, 吐鲁番地区, 临夏州): usually without 市.</param>
/// <param name="Province">Province, short form (河南, 内蒙古, 北京).</param>
/// <param name="Aliases">Other names that mean this city (焦作市; 临夏回族自治州; 吐鲁番, 吐鲁番市).</param>
public sealed record CityInfo(string Name, string Province, IReadOnlyList<string> Aliases)
{
    /// <summary>For a county-level city or former city that CNEMC lists on its own (义乌, 章丘): the
    /// prefecture-level unit it belongs to; null for a prefecture-level city or a province-direct unit.</summary>
    public string? Parent { get; init; }

    /// <summary>Where the facts of this row come from (station list, CREA list, or knowledge), in Chinese.</summary>
    public string? Source { get; init; }

    /// <summary>True for a prefecture-level (or province-direct) unit: <see cref="Parent"/> is null.</summary>
    public bool IsTopLevel => Parent is null;
}
