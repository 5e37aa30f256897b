using System.Globalization;
using System.Text;
using System.Text.Json;
using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// Generated rows as a JSON array of objects keyed by column name, in the text forms PostgreSQL's input functions
/// read (jsonb_populate_recordset turns each value into the column's type): for judging rows without a staging table.
/// </summary>
public static class JsonRows
{
    public static string Write(IReadOnlyList<ColumnInfo> columns, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (row[i] is null) continue;
                    json.WritePropertyName(columns[i].Name);
                    Value(json, columns[i], row[i]!);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Value(Utf8JsonWriter json, ColumnInfo column, object value)
    {
        switch (value)
        {
            // A json/jsonb column holds JSON text: embedded as the value itself.
            case string text when column.ElementType is "jsonb" or "json": json.WriteRawValue(text); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int n: json.WriteNumberValue(n); break;
            case long n: json.WriteNumberValue(n); break;
            case short n: json.WriteNumberValue(n); break;
            case decimal n: json.WriteNumberValue(n); break;
            case double n: json.WriteNumberValue(n); break;
            case float n: json.WriteNumberValue(n); break;
            case DateTime at: json.WriteStringValue(at.ToString(at.Kind == DateTimeKind.Utc ? "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)); break;
            case DateOnly day: json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: json.WriteStringValue(time.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture)); break;
            case TimeSpan span: json.WriteStringValue($"{(long)span.TotalSeconds} seconds"); break;
            case byte[] bytes: json.WriteStringValue("\\x" + Convert.ToHexString(bytes)); break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items) Value(json, column, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
