namespace Finnest.Database.FileImport;

/// <summary>One problem of one row: the spreadsheet row number (header = 1), the column as the file names it, what is wrong.</summary>
public sealed record RowProblem(int Row, string Column, string Problem);

/// <summary>What one import did, or would have done (<see cref="Written"/> false: rolled back).</summary>
public sealed record ImportOutcome
{
    public required string Kind { get; init; }
    public required string FileName { get; init; }
    public required string Organisation { get; init; }
    /// <summary>Non-empty data rows in the file.</summary>
    public required int RowsRead { get; init; }
    public required int Inserted { get; init; }
    public required int Updated { get; init; }
    public required int Unchanged { get; init; }
    public required IReadOnlyList<RowProblem> Problems { get; init; }
    /// <summary>Headers that name no known column: not imported.</summary>
    public required IReadOnlyList<string> IgnoredHeaders { get; init; }
    /// <summary>True when the transaction committed; false for a dry run or when invalid rows stopped the import.</summary>
    public required bool Written { get; init; }
    public required bool DryRun { get; init; }
    /// <summary>Which key sealed the TFNs and why (null when the file carried none).</summary>
    public string? Encryption { get; init; }
    /// <summary>The id_mappings batch label of this run.</summary>
    public required string Batch { get; init; }

    public int InvalidRows => Problems.Select(p => p.Row).Distinct().Count();
}
