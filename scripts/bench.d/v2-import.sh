#!/usr/bin/env bash
# v2 clock-event import speed as a ratio against the fastest way to load the same rows.
#   subject:  v2 stage of actatek punches (binary COPY into staging) + v2 import --phase timekeep
#             (transform, id mappings, DST rule, partitioned timekeep.clock_events)
#   baseline: COPY of the very rows the import produced into bench_baseline.clock_events: a regular
#             (logged) partitioned table in the same database with what timekeep.clock_events has
#             that a load pays for: columns, defaults, CHECKs, indexes, foreign keys, triggers
#             (the tenant check on employee_id, the append-only guard) and the same monthly partitions,
#             loaded as finnest_owner like the import. (Both sides bypass row-level security: the
#             import's role has BYPASSRLS.) A temp table would skip WAL and flatter the baseline.
#   The subject runs the CLI as a migration team should (README, v2 section): a ReadyToRun publish without tiered PGO
#   (dotnet publish -p:PublishReadyToRun=true -p:TieredPGO=false into .finnest/bench-v2-cli, untimed; the plain build
#   when the publish fails). The line "JIT CLI" runs the same subject again from the plain `dotnet build` output, whose two
#   process starts compile every method they run, into an organisation of its own, against the same baseline.
# Runs alone against $FINNEST_BENCH_URL (a migrated database; postgres:// URL of a superuser).
# Each run imports into a new organisation (bench-<epoch>), so earlier runs never turn inserts into "unchanged".
# Prints five lines, ratio<TAB>what<TAB><baseline s><TAB><subject s><TAB><ratio>. The baseline is a COPY of the same final
# rows: every clock event the import wrote, the months the cold run detached into schema archive included (they are
# exported from there and COPYed into look-alike months of their own; an export of timekeep.clock_events alone sees
# only the attached months, about three quarters of the rows, which was this line's baseline until 1 December).
#   wall time (the acceptance line of issue 11); CPU time (the CLI processes and their server backends against the
#   COPY backend), which other work on a shared machine hardly moves; the wall time of the JIT CLI; the old baseline
#   (attached months only); and the baseline plus a COPY of the events' id mappings (what the rows the import must
#   write cost at the least, the audit rows included).
# On stderr, the subject's parts (stage, import) for profiling.
# Size: FINNEST_BENCH_V2_PUNCHES extra punches (default 100000).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${FINNEST_BENCH_URL:?set FINNEST_BENCH_URL to a migrated database}"
punches=${FINNEST_BENCH_V2_PUNCHES:-100000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"

say() { echo "bench v2-import: $*" >&2; }
dotnet build migrations -c Release --nologo -v quiet >/dev/null
jit=(dotnet migrations/bin/Release/net10.0/finnest-db.dll)
# Its own artifacts path: the publish never touches the obj/ and bin/ folders the build and the tests use, nor seed.sh's.
# TieredPGO=false: a CLI process that lives seconds never pays back profiling its hot methods before re-compiling them
# (0.3 s of the stage's 1.1 s CPU).
if dotnet publish migrations -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:TieredPGO=false \
    --artifacts-path .finnest/bench-v2-cli/artifacts -o .finnest/bench-v2-cli/out --nologo -v quiet >/dev/null; then
    published=(dotnet .finnest/bench-v2-cli/out/finnest-db.dll)
else
    say "the ReadyToRun publish failed (the crossgen package comes from NuGet): timing the JIT build as the subject"
    published=("${jit[@]}")
fi
now() { date +%s.%N; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${jit[@]}" v2 sample --output "$work/extract" --extra-punches "$punches" >/dev/null 2>&1

# CPU too (wall time swings with whatever else the machine runs): the CLI's, as this shell's reaped
# children, plus its server backends', as the postmaster's reaped children (each exits with its connection).
tick=$(getconf CLK_TCK)
postmaster=$(head -1 "$(psql -X -q -t -A "$FINNEST_BENCH_URL" -c 'show data_directory')/postmaster.pid")
reaped_cpu() { awk -v tick="$tick" '{sub(/^.*\) /, ""); print ($14 + $15) / tick}' "/proc/$1/stat"; }   # cutime + cstime

# One timed subject with the CLI given as arguments, into organisation $org; sets stage_s, import_s, cli_cpu, server_cpu.
subject() {
    cli() { "$@" --connection "$FINNEST_BENCH_URL"; }
    local run=("$@")
    # Untimed: everything staged, the phases the clock events depend on.
    cli "${run[@]}" v2 stage --source "$work/extract" >/dev/null 2>&1
    for phase in foundation people clients; do cli "${run[@]}" v2 import --phase "$phase" --org "$org" >/dev/null 2>&1; done
    # Timed: stage the punches again (a re-stage replaces the load) and run the timekeep phase with its default
    # batch sizes (append-only logs go in large batches by themselves).
    local s0 p0 t0 ts t1
    s0=$(reaped_cpu $$); p0=$(reaped_cpu "$postmaster")
    t0=$(now)
    cli "${run[@]}" v2 stage --source "$work/extract" --tables actatek.terminals,actatek.punches >/dev/null 2>&1
    ts=$(now)
    cli "${run[@]}" v2 import --phase timekeep --org "$org" >/dev/null 2>&1
    t1=$(now)
    sleep 1   # the backends' exit reaches the postmaster
    stage_s=$(awk "BEGIN {print $ts - $t0}"); import_s=$(awk "BEGIN {print $t1 - $ts}")
    cli_cpu=$(awk "BEGIN {print $(reaped_cpu $$) - $s0}")
    server_cpu=$(awk "BEGIN {print $(reaped_cpu "$postmaster") - $p0}")
}

# Each run imports into a new organisation, so earlier runs never turn inserts into "unchanged".
org="bench-$(date +%s)"
subject "${published[@]}"
published_org=$org
published_run="$stage_s $import_s $cli_cpu $server_cpu"
# The JIT run goes second, into a database grown by the first: it can only look slower for that, never faster.
org="bench-$(date +%s)-jit"
subject "${jit[@]}"
jit_s=$(awk "BEGIN {print $stage_s + $import_s}")
say "JIT CLI: stage $stage_s s, import $import_s s; CPU: CLI $cli_cpu s, its backends $server_cpu s"
read -r stage_s import_s cli_cpu server_cpu <<<"$published_run"
org=$published_org
subject_cpu=$(awk "BEGIN {print $cli_cpu + $server_cpu}")

# Baseline: the same final rows, exported, then COPYed into the look-alike table: the events still attached to
# timekeep.clock_events, then those of the months the cold run detached into schema archive (more than two years old,
# about a quarter of them), into look-alike months of their own.
# For the line "with their id mappings": the punches' rows of public.id_mappings the import wrote too (the issue requires
# one per v2 id), COPYed after the attached events into a look-alike of id_mappings with its indexes, foreign key and
# triggers, the statement-level audit trigger included (its rows go to public.audit_log).
archived=$(psql -X -q -t -A -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" -c "
    select coalesce(string_agg(format('select a.* from archive.%I a where a.org_id = (select id from public.organisations where slug = %L)', c.relname, '$org'), ' union all '), 'select * from timekeep.clock_events where false')
    from pg_class c where c.relnamespace = 'archive'::regnamespace and c.relkind = 'r' and c.relname ~ '^clock_events_p[0-9]{4}_[0-9]{2}\$'")
psql -X -q -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" -c "\copy ($archived) to '$work/archived.copy'"
psql -X -q -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" -c "\copy (select c.* from timekeep.clock_events c join public.organisations o on o.id = c.org_id where o.slug = '$org') to '$work/events.copy'" \
    -c "\copy (select m.* from public.id_mappings m join public.organisations o on o.id = m.org_id where o.slug = '$org' and m.legacy_system = 'actatek' and m.legacy_table = 'punches') to '$work/mappings.copy'"
times=$(psql -X -q -t -A -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" <<SQL
drop schema if exists bench_baseline cascade;
create schema bench_baseline authorization finnest_owner;
set role finnest_owner;
create table bench_baseline.clock_events (like timekeep.clock_events including all) partition by range (occurred_at);
create table bench_baseline.id_mappings (like public.id_mappings including all);
do \$\$
declare m date; d text;
begin
    for m in select distinct date_trunc('month', occurred_at at time zone 'UTC')::date from timekeep.clock_events c join public.organisations o on o.id = c.org_id where o.slug = '$org'
             union select to_date(substring(c.relname from '[0-9]{4}_[0-9]{2}\$'), 'YYYY_MM') from pg_class c
                   where c.relnamespace = 'archive'::regnamespace and c.relkind = 'r' and c.relname ~ '^clock_events_p[0-9]{4}_[0-9]{2}\$' loop
        execute format('create table bench_baseline.clock_events_p%s partition of bench_baseline.clock_events for values from (%L) to (%L)',
                       to_char(m, 'YYYY_MM'), finnest.utc_midnight(m), finnest.utc_midnight((m + interval '1 month')::date));
    end loop;
    for d in select pg_get_constraintdef(c.oid) from pg_constraint c where c.conrelid = 'timekeep.clock_events'::regclass and c.contype = 'f' loop
        execute format('alter table bench_baseline.clock_events add %s', d);
    end loop;
    for d in select replace(pg_get_triggerdef(t.oid), 'ON timekeep.clock_events', 'ON bench_baseline.clock_events')
             from pg_trigger t where t.tgrelid = 'timekeep.clock_events'::regclass and not t.tgisinternal loop
        execute d;
    end loop;
    for d in select pg_get_constraintdef(c.oid) from pg_constraint c where c.conrelid = 'public.id_mappings'::regclass and c.contype = 'f' loop
        execute format('alter table bench_baseline.id_mappings add %s', d);
    end loop;
    -- (public is on the search path, so the definition may name the table without its schema)
    for d in select regexp_replace(pg_get_triggerdef(t.oid), ' ON (public\.)?id_mappings ', ' ON bench_baseline.id_mappings ')
             from pg_trigger t where t.tgrelid = 'public.id_mappings'::regclass and not t.tgisinternal loop
        execute d;
    end loop;
end \$\$;
select set_config('app.org_id', (select id::text from public.organisations where slug = '$org'), false) as tenant \gset
reset role;   -- reading /proc/self/stat through pg_read_file takes the superuser
select (f[12]::numeric + f[13]::numeric) / $tick as cpu0 from (select string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') as f) s \gset
set role finnest_owner;
\set t0 \`date +%s.%N\`
\copy bench_baseline.clock_events from '$work/events.copy'
\set t1 \`date +%s.%N\`
reset role;
select (f[12]::numeric + f[13]::numeric) / $tick - :cpu0 as cpu, (f[12]::numeric + f[13]::numeric) / $tick as cpu1 from (select string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') as f) s \gset
set role finnest_owner;
\set t2 \`date +%s.%N\`
\copy bench_baseline.id_mappings from '$work/mappings.copy'
\set t3 \`date +%s.%N\`
reset role;
select (f[12]::numeric + f[13]::numeric) / $tick - :cpu1 as cpu_mappings from (select string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') as f) s \gset
set role finnest_owner;
\set t4 \`date +%s.%N\`
\copy bench_baseline.clock_events from '$work/archived.copy'
\set t5 \`date +%s.%N\`
reset role;
select (f[12]::numeric + f[13]::numeric) / $tick - :cpu1 - :cpu_mappings as cpu_archived from (select string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') as f) s \gset
\echo :t0 :t1 :cpu :t2 :t3 :cpu_mappings :t4 :t5 :cpu_archived
drop schema bench_baseline cascade;
SQL
)
read -r b0 b1 attached_cpu m0 m1 mappings_cpu a0 a1 archived_cpu <<<"$times"
attached=$(awk "BEGIN {printf \"%.2f\", $b1 - $b0}")
baseline=$(awk "BEGIN {printf \"%.2f\", $b1 - $b0 + $a1 - $a0}")
baseline_cpu=$(awk "BEGIN {printf \"%.2f\", $attached_cpu + $archived_cpu}")
with_mappings=$(awk "BEGIN {printf \"%.2f\", $baseline + $m1 - $m0}")
rows=$(cat "$work/events.copy" "$work/archived.copy" | wc -l)
echo "v2-import: wall: stage $(awk "BEGIN {printf \"%.2f\", $stage_s}") s, import $(awk "BEGIN {printf \"%.2f\", $import_s}") s, COPY of the $rows events $baseline s (attached months $attached s), COPY of the id mappings $(awk "BEGIN {printf \"%.2f\", $m1 - $m0}") s; CPU: CLI $cli_cpu s, its backends $server_cpu s, COPY $baseline_cpu s, COPY of the id mappings $mappings_cpu s" >&2
subject=$(awk "BEGIN {printf \"%.2f\", $stage_s + $import_s}")
line() { printf 'ratio\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(awk "BEGIN {printf \"%.2f\", $3 / $2}")"; }
line "v2 clock-event import vs COPY of the same $rows events" "$baseline" "$subject"
line "v2 clock-event import vs COPY (CPU: CLI + its backends vs the COPY backend)" "$baseline_cpu" "$(awk "BEGIN {printf \"%.2f\", $subject_cpu}")"
line "v2 clock-event import, JIT CLI (dotnet build) vs COPY" "$baseline" "$(awk "BEGIN {printf \"%.2f\", $jit_s}")"
line "v2 clock-event import vs COPY of the attached months only (the old baseline)" "$attached" "$subject"
line "v2 clock-event import vs COPY of all its clock events and their id mappings (audited)" "$with_mappings" "$subject"
