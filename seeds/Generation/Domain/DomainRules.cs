namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>The tables whose rows need more than their catalog to be true to the domain, by table name.</summary>
public static class DomainRules
{
    private static readonly Dictionary<string, TableRules> Rules = new[]
        {
            OrganisationRules.All,
            RosterRules.All,
            CrossTableRules.All,
            StatusRules.All,
            ComplianceRules.All,
            PayrollRules.All,
            PayrollSetupRules.All,
            PayCalendarRules.All,
            PayslipLines.All,
            LogRules.All,
            FatigueRules.All,
            PairedColumnRules.All,
            MessagingRules.All,
        }
        .SelectMany(r => r)
        .ToDictionary(r => r.Key, r => r.Value);

    public static TableRules For(string table) => Rules.GetValueOrDefault(table) ?? TableRules.None;
}
