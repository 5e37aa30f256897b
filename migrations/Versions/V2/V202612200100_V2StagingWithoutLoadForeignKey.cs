using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Staging rows no longer check their load_id against v2.loads with a foreign key. The check ran once per staged
/// row (an SPI lookup and a row lock on the one load row each time): 0.6 s of the 2.0 s it took to stage 100,000
/// actatek punches, for a value the stager writes itself from the load row it has just inserted in the same
/// transaction. In its place, <c>v2 import</c> checks every staging table before it reads it: all rows belong to
/// the table's current load and their number is the row count that load recorded; otherwise it refuses with
/// "re-stage" (docs/v2/clock-event-import-speed.md). That check also catches what the foreign key never did: rows
/// added or lost behind the stager's back.
/// </summary>
[Migration(202612200100, "v2: staging rows checked against their load by the import instead of a per-row foreign key")]
public sealed class V202612200100_V2StagingWithoutLoadForeignKey : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.Sql("""
            do $$
            declare
                staging record;
            begin
                for staging in
                    select format('%I.%I', n.nspname, t.relname) as name, c.conname from pg_catalog.pg_constraint c
                    join pg_catalog.pg_class t on t.oid = c.conrelid
                    join pg_catalog.pg_namespace n on n.oid = t.relnamespace
                    where c.contype = 'f' and c.confrelid = 'v2.loads'::regclass and n.nspname = 'v2'
                    order by t.relname
                loop
                    execute format('alter table %s drop constraint %I', staging.name, staging.conname);
                    execute format('comment on column %s.load_id is %L', staging.name,
                        'The v2.loads row (file load) that staged this line. No foreign key (it cost a lookup per staged row): v2 import '
                        || 'refuses to read the table unless every row carries the current load of its table and their number is that load''s row_count.');
                end loop;
            end
            $$;
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("""
            do $$
            declare
                staging record;
            begin
                for staging in
                    select format('v2.%I', t.relname) as name, t.relname from pg_catalog.pg_attribute a
                    join pg_catalog.pg_class t on t.oid = a.attrelid
                    where t.relnamespace = 'v2'::regnamespace and t.relkind = 'r' and a.attname = 'load_id' and not a.attisdropped
                    order by t.relname
                loop
                    execute format('alter table %s add constraint %I foreign key (load_id) references v2.loads (id)', staging.name, 'fk_' || staging.relname || '__load_id');
                    execute format('comment on column %s.load_id is %L', staging.name, 'The v2.loads row (file load) that staged this line.');
                end loop;
            end
            $$;
            """);
    }
}
