using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// Support and monitoring logins (members of finnest_readonly) may see which migrations a database
/// has, e.g. with `migrate status`, without being able to run any: read access to the history only.
/// </summary>
[Migration(202612050101, "infrastructure: finnest_readonly may read the migration history")]
public sealed class V202612050101_HistoryReadableByReadonly : Migration
{
    public override void Up(SchemaBuilder db) =>
        db.Sql("grant select on finnest.schema_history to finnest_readonly;");

    public override void Down(SchemaBuilder db) =>
        db.Sql("revoke select on finnest.schema_history from finnest_readonly;");
}
