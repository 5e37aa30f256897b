namespace Finnest.Database.FileImport.Reading;

/// <summary>
/// A file as the importer sees it, whatever its format: the header cells of the first row and the data rows
/// below it. A cell is a string (CSV, or text in a workbook) or what a workbook stored: a number (double),
/// a date (DateTime) or a boolean; null when empty.
/// </summary>
public sealed record Sheet(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>One data row. <see cref="Number"/> is the row as a spreadsheet shows it: the header is row 1.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<object?> Cells)
{
    public object? this[int column] => column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty => Cells.All(c => c is null || c is string s && string.IsNullOrWhiteSpace(s));
}
