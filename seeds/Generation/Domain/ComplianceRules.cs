namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Rules regulators and payroll care about: notifiable incidents reported to the regulator of their state (some still
/// awaiting notification), pay periods locked only where no seeded timecard or pay line falls, consents captured before any message is sent.
/// </summary>
public static class ComplianceRules
{
    private static readonly string[] Channels = ["sms", "email", "push", "whatsapp", "voice", "in_app"];

    public static string RegulatorOf(string state) => state switch
    {
        "NSW" => "SafeWork NSW",
        "VIC" => "WorkSafe Victoria",
        "QLD" => "WHSQ",
        "SA" => "SafeWork SA",
        "WA" => "WorkSafe WA",
        "TAS" => "WorkSafe Tasmania",
        "ACT" => "WorkSafe ACT",
        _ => "NT WorkSafe",
    };

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("safety.incidents", new TableRules
        {
            OwnedColumns = new HashSet<string> { "is_notifiable", "notifiable_category", "regulator", "regulator_ref", "notified_at", "state" },
            Row = (row, i) =>
            {
                row["state"] = row.Place.State;
                // One in four is notifiable; one in eight is recorded but not yet notified (regulator known, no reference).
                var notifiable = i % 4 == 0;
                var notified = notifiable && i % 8 == 0;
                row["is_notifiable"] = notifiable;
                row["notifiable_category"] = notifiable ? "serious_injury_illness" : null;
                row["regulator"] = notifiable ? RegulatorOf(row.Place.State) : null;
                row["regulator_ref"] = notified ? $"RN{row.Org.Number}{i:D6}" : null;
                row["notified_at"] = notified && row["occurred_at"] is DateTime at ? at.AddHours(2) : null;
            },
        }),
        // Locks cover old fortnights only, before any seeded timecard or pay line (those fall in the last year).
        new("timekeep.pay_period_locks", new TableRules
        {
            OwnedColumns = new HashSet<string> { "period_start", "period_end", "locked_at", "unlocked_at", "unlocked_by", "unlock_reason" },
            Row = (row, i) =>
            {
                var start = DateOnly.FromDateTime(row.Now).AddDays(-800 + 14 * i);
                row["period_start"] = start;
                row["period_end"] = start.AddDays(13);
                row["locked_at"] = start.AddDays(17).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                row["unlocked_at"] = null;
                row["unlocked_by"] = null;
                row["unlock_reason"] = null;
            },
        }),
        // Spam Act: consent first. Every channel has a consent captured long before the seeded messages.
        new("reach.consents", new TableRules
        {
            OwnedColumns = new HashSet<string> { "channel", "address", "captured_at", "withdrawn_at", "withdrawal_channel" },
            Row = (row, i) =>
            {
                var channel = Channels[i % Channels.Length];
                row["channel"] = channel;
                row["address"] = channel switch
                {
                    "email" => $"worker.{row.Org.Number}.{i}@example.com.au",
                    "sms" or "whatsapp" or "voice" => AustralianIdentifiers.Mobile(row.Random),
                    _ => $"device-{row.Org.Number}-{i}",
                };
                row["captured_at"] = row.Now.AddDays(-300 - i);
                row["withdrawn_at"] = null;
                row["withdrawal_channel"] = null;
            },
        }),
    ];
}
