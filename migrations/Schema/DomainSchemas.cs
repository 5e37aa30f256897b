namespace Finnest.Database.Schema;

/// <summary>
/// The schemas that hold Finnest's tables, written once: the infrastructure migration creates
/// <see cref="Created"/>, and the catalog reader, docs and convention tests look at <see cref="All"/>.
/// </summary>
public static class DomainSchemas
{
    /// <summary>One schema per domain (docs/design/DOMAIN.md), created by the first migration.</summary>
    public static readonly IReadOnlyList<string> Created =
    [
        "people", "recruit", "onboard", "roster", "timekeep", "reach", "pulse", "payroll", "clients", "safety",
        "assets", "quotes", "learn", "benefits", "compliance", "fatigue", "clearance", "performance", "events", "agents",
    ];

    /// <summary>Every schema with domain tables: public (organisations, users, audit log) and the domains.</summary>
    public static readonly IReadOnlyList<string> All = ["public", .. Created];
}
