namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Deliveries of the organisation's messages: each goes out (or came in) on its message's channel, and an SMS is
/// counted and billed the way carriers do it.
/// </summary>
public static class MessagingRules
{
    /// <summary>What a delivery copies from its message.</summary>
    public static readonly (string Table, string Column)[] ColumnsRead =
        [("reach.messages", "channel"), ("reach.messages", "direction"), ("reach.messages", "body")];

    /// <summary>The GSM 03.38 default alphabet: text made only of these goes as GSM-7, one septet a character.</summary>
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>The alphabet's extension table: each of these takes an escape septet too, so it counts 2.</summary>
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    /// <summary>What one outbound SMS part costs from an Australian provider, AUD (the column keeps 4 decimals).</summary>
    private const decimal PricePerSegment = 0.0600m;

    /// <summary>
    /// An SMS body's encoding, length in that encoding's units and billable parts, as ck_message_deliveries__sms_segments_match_length
    /// states them: GSM-7 fits 160 septets in one part and 153 in each part of a longer one (the rest is the part header);
    /// one character outside GSM-7 (an emoji, a macron) sends the whole text as UCS-2, 70 and 67 UTF-16 units.
    /// </summary>
    public static (string Encoding, int Characters, int Segments) Sms(string body)
    {
        var septets = 0;
        foreach (var c in body)
        {
            if (Gsm7Basic.Contains(c)) septets++;
            else if (Gsm7Extension.Contains(c)) septets += 2;
            else return ("ucs2", body.Length, body.Length <= 70 ? 1 : (body.Length + 66) / 67);
        }
        return ("gsm7", septets, septets <= 160 ? 1 : (septets + 152) / 153);
    }

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // A delivery goes by its message's channel and direction. An SMS counts its body in its encoding's units and is
        // billed per part when it goes out (an inbound SMS costs the receiver nothing); other channels carry the body's
        // length in characters and no SMS fields.
        new("reach.message_deliveries", new TableRules
        {
            OwnedColumns = new HashSet<string> { "channel", "direction", "sms_encoding", "character_count", "sms_segments", "cost" },
            Row = (row, _) =>
            {
                var message = (Guid)row["message_id"]!;
                var channel = (string)row.Seed.AttributeOf("reach.messages", message, "channel")!;
                var direction = (string)row.Seed.AttributeOf("reach.messages", message, "direction")!;
                var body = row.Seed.AttributeOf("reach.messages", message, "body") as string ?? "";
                row["channel"] = channel;
                row["direction"] = direction;
                if (channel == "sms")
                {
                    var (encoding, characters, segments) = Sms(body);
                    row["sms_encoding"] = encoding;
                    row["character_count"] = characters;
                    row["sms_segments"] = segments;
                    row["cost"] = direction == "outbound" ? segments * PricePerSegment : 0m;
                    return;
                }
                row["sms_encoding"] = null;
                row["sms_segments"] = null;
                row["character_count"] = body.Length;
                row["cost"] = null;
            },
        }),
    ];
}
