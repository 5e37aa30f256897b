#!/usr/bin/env bash
# v2 clock-event import speed as a ratio against the fastest way to load the same rows.
#   subject:  v2 stage of actatek punches (binary COPY into staging) + v2 import --phase timekeep
#             (transform, id mappings, DST rule, partitioned timekeep.clock_events)
#   baseline: COPY of the very rows the import produced into a fresh copy of timekeep.clock_events
#             (same columns, defaults, constraints, indexes and monthly partitions; a temp table)
# Runs alone against $FINNEST_BENCH_URL (a migrated database; postgres:// URL of a superuser or migrator login).
# Each run imports into a new organisation (bench-<epoch>), so earlier runs never turn inserts into "unchanged".
# Prints one line: ratio<TAB>v2 clock-event import vs COPY<TAB><baseline s><TAB><subject s><TAB><ratio>
# Size: FINNEST_BENCH_V2_PUNCHES extra punches (default 100000).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${FINNEST_BENCH_URL:?set FINNEST_BENCH_URL to a migrated database}"
punches=${FINNEST_BENCH_V2_PUNCHES:-100000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"

dotnet build migrations -c Release --nologo -v quiet >/dev/null
cli() { dotnet migrations/bin/Release/net10.0/finnest-db.dll "$@" --connection "$FINNEST_BENCH_URL"; }
now() { date +%s.%N; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
org="bench-$(date +%s)"

# Untimed: an extract, everything staged, the phases the clock events depend on.
dotnet migrations/bin/Release/net10.0/finnest-db.dll v2 sample --output "$work/extract" --extra-punches "$punches" >/dev/null 2>&1
cli v2 stage --source "$work/extract" >/dev/null 2>&1
for phase in foundation people clients; do cli v2 import --phase "$phase" --org "$org" >/dev/null 2>&1; done

# Timed subject: stage the punches again (a re-stage replaces the load) and run the timekeep phase.
t0=$(now)
cli v2 stage --source "$work/extract" --tables actatek.terminals,actatek.punches >/dev/null 2>&1
cli v2 import --phase timekeep --org "$org" --batch-size 50000 >/dev/null 2>&1
t1=$(now)

# Baseline: the same final rows, exported, then COPYed into a fresh partitioned copy of the table.
psql -X -q -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" -c "\copy (select c.* from timekeep.clock_events c join public.organisations o on o.id = c.org_id where o.slug = '$org') to '$work/events.copy'"
times=$(psql -X -q -t -A -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" <<SQL
create temp table events_copy (like timekeep.clock_events including all) partition by range (occurred_at);
do \$\$
declare m date;
begin
    for m in select distinct date_trunc('month', occurred_at at time zone 'UTC')::date from timekeep.clock_events c join public.organisations o on o.id = c.org_id where o.slug = '$org' loop
        execute format('create temp table events_copy_p%s partition of events_copy for values from (%L) to (%L)',
                       to_char(m, 'YYYY_MM'), finnest.utc_midnight(m), finnest.utc_midnight((m + interval '1 month')::date));
    end loop;
end \$\$;
create temp table events_copy_default partition of events_copy default;
\set t0 \`date +%s.%N\`
\copy events_copy from '$work/events.copy'
\set t1 \`date +%s.%N\`
\echo :t0 :t1
SQL
)
read -r b0 b1 <<<"$times"
baseline=$(awk "BEGIN {printf \"%.2f\", $b1 - $b0}")
subject=$(awk "BEGIN {printf \"%.2f\", $t1 - $t0}")
ratio=$(awk "BEGIN {printf \"%.2f\", ($t1 - $t0) / ($b1 - $b0)}")
printf 'ratio\tv2 clock-event import vs COPY\t%s\t%s\t%s\n' "$baseline" "$subject" "$ratio"
