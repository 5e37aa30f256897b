namespace Finnest.Database.FileImport.Columns;

/// <summary>
/// Which state a postcode belongs to, from Australia Post's ranges (delivery and PO box). A postcode outside its
/// state's ranges is almost always a typo or a swapped column, so the importer reports it rather than store it.
/// </summary>
public static class Postcodes
{
    private static readonly Dictionary<string, (int From, int To)[]> Ranges = new()
    {
        ["NSW"] = [(1000, 2599), (2619, 2899), (2921, 2999)],
        ["ACT"] = [(200, 299), (2600, 2618), (2900, 2920)],
        ["VIC"] = [(3000, 3999), (8000, 8999)],
        ["QLD"] = [(4000, 4999), (9000, 9999)],
        ["SA"] = [(5000, 5999)],
        ["WA"] = [(6000, 6999)],
        ["TAS"] = [(7000, 7999)],
        ["NT"] = [(800, 999)],
    };

    /// <summary>Border towns served from the neighbouring state's delivery centre, and remote SA/WA communities on 0872.</summary>
    private static readonly Dictionary<string, int[]> Exceptions = new()
    {
        ["NSW"] = [3585, 3586, 3644, 3691, 3707, 4375, 4377, 4380, 4383, 4385],
        ["SA"] = [872],
        ["WA"] = [872],
    };

    public static bool BelongsTo(string state, string postcode)
    {
        if (!int.TryParse(postcode, out var code) || !Ranges.TryGetValue(state, out var ranges)) return false;
        return ranges.Any(r => code >= r.From && code <= r.To) || Exceptions.TryGetValue(state, out var extra) && extra.Contains(code);
    }
}
