#!/usr/bin/env bash
# Seeding speed as a ratio against the fastest way to put the same rows in: replaying them from
# `pg_dump --data-only --disable-triggers` into a fresh migrated database, on the same server in the same run; at
# three scales, because a demo seed is mostly fixed costs and a medium one mostly rows. Next to each, the floor: the
# same rows replayed with every rule in force, which no seeder that keeps the rules can beat. Then what the audit rows
# cost the seeder, and the seeder's throughput and peak resident memory at the largest scale (large: 3.7 million rows).
#
# How each side is timed (wall clock, process start included for the seeder, psql for the replays):
#   subject   `finnest-db seed` from a ReadyToRun publish of the CLI (dotnet publish -p:PublishReadyToRun=true into
#             .finnest/bench-cli, built here, untimed): what a team that seeds often should run (README, Seeding).
#             The line "JIT" times the plain `dotnet build` output too, whose start-up compiles every method it runs.
#   baseline  psql -1 replaying the dump into a fresh clone of the migrated template. The rows of the append-only
#             logs live in monthly partitions that the seeder creates for them (finnest.create_month_partition, tens
#             of milliseconds each); a data-only dump cannot be replayed without them, so the replay creates the same
#             partitions with the same function, one call per table as the seeder does, in the same timed
#             transaction ("partition DDL on both sides"). The line "partitions untimed" keeps the old definition,
#             where the replay's partitions are created before its clock starts.
#   floor     the same partitions and rows replayed by psql -1 with every trigger and foreign key in force, tables in
#             the order the seeder wrote them (its summary lists them so; pg_dump's order is not a foreign-key order
#             for partitions). The audit rows the triggers wrote are not replayed (the triggers write them again);
#             the audit history the seeder generated is. The trigger that gives a new organisation its NES leave types
#             is disabled inside the transaction: the seeded leave types, whose ids the seeded rows name, are
#             replayed instead. The seeder's own later UPDATEs (totals) are not repeated: the floor writes a few
#             hundred fewer audit rows.
# The demo ratios, and those of the scales in FINNEST_BENCH_SEED_MEDIAN_SCALES (default small), are the median of BENCH_RUNS
# runs (default 3): on a shared two-core machine one run of a few seconds moves by a quarter. Other scales run once.
# Every run is printed on stderr. Each timed step starts on a fresh clone after a checkpoint, and every database is
# dropped once measured, so no step pays for the writes or the autovacuum of another.
#
#   FINNEST_BENCH_URL   superuser URL of a migrated, empty database; it is used as a template for the
#                       bench databases (default: the local cluster, migrated into database bench_seed_template)
#   FINNEST_BENCH_SEED_SCALES       scales measured once each after demo against the replay (default "small medium")
#   FINNEST_BENCH_SEED_THROUGHPUT_SCALE   the scale of the throughput line (default large, about five minutes here;
#                                   seeded once more, without replays, unless it is among the scales above; empty: none)
#
# Prints tab-separated lines:
#   ratio<TAB>seed vs pg_dump --data-only replay (partition DDL on both sides)<TAB><baseline s><TAB><subject s><TAB><ratio>
#   ratio<TAB>seed vs pg_dump --data-only replay (partitions untimed)<TAB>…
#   ratio<TAB>seed, JIT CLI (dotnet build) vs pg_dump replay (partition DDL on both sides)<TAB>…
#   ratio<TAB>floor: replay with every rule in force vs with triggers disabled<TAB>…
#   ratio<TAB>seed with audit rows vs without (audit triggers disabled)<TAB><without s><TAB><with s><TAB><ratio>
#   ratio<TAB>seed --scale small with tiered PGO vs without (the CLI's setting)<TAB><without s><TAB><with s><TAB><ratio>
#   ratio<TAB>seed --scale S vs pg_dump --data-only replay (rows: N)<TAB>…            (for each of the scales)
#   ratio<TAB>floor at scale S: replay with every rule in force vs with triggers disabled<TAB>…
#   ratio<TAB>seed --scale S vs its floor (what the seeder adds to the rules' own cost)<TAB>…
#   throughput<TAB>seed --scale L: rows, s, rows/s, peak RSS MiB<TAB><rows><TAB><s><TAB><rows/s><TAB><MiB>   (the throughput scale)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"
scales=${FINNEST_BENCH_SEED_SCALES-small medium}
median_scales=${FINNEST_BENCH_SEED_MEDIAN_SCALES-small}
throughput_scale=${FINNEST_BENCH_SEED_THROUGHPUT_SCALE-large}
runs=${BENCH_RUNS:-3}
say() { echo "bench seed: $*" >&2; }

dotnet build migrations -c Release --nologo -v quiet >/dev/null
jit=(dotnet migrations/bin/Release/net10.0/finnest-db.dll)
# Its own artifacts path: the publish never touches the obj/ and bin/ folders the build and the tests use.
if dotnet publish migrations -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path .finnest/bench-cli/artifacts -o .finnest/bench-cli/out --nologo -v quiet >/dev/null; then
    cli=(dotnet .finnest/bench-cli/out/finnest-db.dll)
else
    say "the ReadyToRun publish failed (the crossgen package comes from NuGet): timing the JIT build as the subject"
    cli=("${jit[@]}")
fi
if [[ -n "${FINNEST_BENCH_URL:-}" ]]; then
    template=${FINNEST_BENCH_URL##*/}; template=${template%%\?*}
    server=${FINNEST_BENCH_URL%/*}
else
    "${cli[@]}" db start >/dev/null
    local_url=$("${cli[@]}" db url)
    server=${local_url%/*}
    template=bench_seed_template
    psql -X -q -d "$server/postgres" -c "drop database if exists $template" -c "create database $template"
    "${cli[@]}" migrate up --connection "$server/$template" >/dev/null 2>&1
fi
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$server/postgres" "$@"; }
# A fresh clone, then a checkpoint: no timed step flushes the dirty buffers of the one before it.
fresh() { sql -c "drop database if exists $1" -c "create database $1 template $template" -c "checkpoint"; }
# Dropped once measured: autovacuum would otherwise analyse its rows during the next timed step.
done_with() { sql -c "drop database if exists $1"; }
now() { date +%s.%N; }
since() { awk "BEGIN {print $(now) - $1}"; }
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio_line() { printf 'ratio\t%s\t%.2f\t%.2f\t%.2f\n' "$1" "$2" "$3" "$(awk "BEGIN {print $3 / $2}")"; }
work=$(mktemp -d)
dump=$work/dump.sql; ruled=$work/ruled.sql; partitions=$work/partitions.sql; summary=$work/summary.txt; timing=$work/timing.txt
databases=(bench_seed_subject bench_seed_replay bench_seed_replay_data bench_seed_floor bench_seed_jit bench_seed_unaudited)
cleanup() { rm -rf "$work"; for db in "${databases[@]}"; do sql -c "drop database if exists $db" || true; done; }
trap cleanup EXIT
seed_args() { echo seed --scale "$1" --as-of 2026-06-15 --connection "$server/$2"; }

template_partitions=$(psql -X -At -d "$server/$template" -c "select coalesce(string_agg(quote_literal(relname), ','), '''''') from pg_class where relispartition")

# From the seeded database bench_seed_subject and the seeder's summary: the data-only dump, the partitions the seeder
# created, and the floor's script (the same rows in the seeder's order, with the rules in force).
prepare_replays() {
    local subject=bench_seed_subject
    # Reference tables and the finnest schema come with the migrations, so only tenant tables are dumped.
    mapfile -t skip < <(psql -X -At -d "$server/$subject" -c "
        select format('--exclude-table-data=%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname not in ('pg_catalog', 'information_schema')
          and (n.nspname = 'finnest' or not exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id'))
          and not (n.nspname = 'public' and c.relname = 'organisations')")
    pg_dump --data-only --disable-triggers "${skip[@]}" -d "$server/$subject" >"$dump" 2>/dev/null
    # The monthly partitions the seeder created (those the template lacks), one call per table with all its months.
    psql -X -At -d "$server/$subject" -c "
        select format('select count(*) from unnest(%L::date[]) m, finnest.create_month_partition(%L, m);',
                      array_agg(to_date(substring(c.relname from '_p([0-9]{4}_[0-9]{2})\$'), 'YYYY_MM') order by c.relname),
                      pn.nspname || '.' || p.relname)
        from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
        join pg_namespace pn on pn.oid = p.relnamespace
        where c.relname ~ '_p[0-9]{4}_[0-9]{2}\$'
          and c.relname not in ($template_partitions)
        group by pn.nspname, p.relname" >"$partitions"
    local end_of_data='\echo '"'"'\\.'"'"''   # psql prints \. (the end of COPY data)
    # The floor's rows, table by table in the order the summary lists (the order written), as COPY text. The audit
    # rows the seed's triggers wrote carry the seed's transaction id, the most frequent one in the log.
    {
        echo "alter table public.organisations disable trigger install_nes_leave_types;"
        awk 'NR > 1 && $1 != "total" && $1 ~ /\./ {print $1}' "$summary" | while read -r table; do
            columns=$(psql -X -At -d "$server/$subject" -c "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
                where attrelid = '$table'::regclass and attnum > 0 and not attisdropped and attgenerated = ''")
            filter=""
            [[ $table == public.audit_log ]] && filter="where transaction_id is distinct from (select transaction_id from public.audit_log group by 1 order by count(*) desc limit 1)"
            echo "\\echo copy $table ($columns) from stdin;"
            echo "copy (select $columns from $table $filter) to stdout;"
            echo "$end_of_data"
        done | psql -X -q -At -v ON_ERROR_STOP=1 -d "$server/$subject"
    } >"$ruled"
}
replay() { cat "$partitions" "$1" | psql -X -q -1 -v ON_ERROR_STOP=1 -d "$server/$2" >/dev/null; }

# ---- demo: BENCH_RUNS runs ----------------------------------------------------------------------------------------
subjects=(); replays=(); data_only=(); floors=(); jits=()
for run in $(seq 1 "$runs"); do
    # Subject: the seeder, audit and immutability triggers in force, rows through binary COPY.
    db=bench_seed_subject; fresh $db
    t0=$(now); "${cli[@]}" $(seed_args demo $db) >"$summary" 2>/dev/null; subjects+=("$(since "$t0")")
    prepare_replays; done_with bench_seed_subject
    # Baseline, partition DDL on both sides: partitions and rows in one timed transaction.
    db=bench_seed_replay; fresh $db
    t0=$(now); replay "$dump" $db; replays+=("$(since "$t0")"); done_with $db
    # Partitions untimed: created first, then the clock runs for the rows alone.
    db=bench_seed_replay_data; fresh $db
    psql -X -q -v ON_ERROR_STOP=1 -d "$server/$db" -f "$partitions" >/dev/null
    sql -c checkpoint
    t0=$(now); psql -X -q -1 -v ON_ERROR_STOP=1 -d "$server/$db" -f "$dump" >/dev/null; data_only+=("$(since "$t0")"); done_with $db
    # Floor: the same rows with every rule in force.
    db=bench_seed_floor; fresh $db
    t0=$(now); replay "$ruled" $db; floors+=("$(since "$t0")"); done_with $db
    # The same seed from the plain build (JIT start-up).
    db=bench_seed_jit; fresh $db
    t0=$(now); "${jit[@]}" $(seed_args demo $db) >/dev/null 2>&1; jits+=("$(since "$t0")"); done_with $db
    say "demo run $run: seed ${subjects[-1]} s (JIT build ${jits[-1]} s); replay with partitions ${replays[-1]} s, rows only ${data_only[-1]} s, with every rule ${floors[-1]} s"
done
subject=$(printf '%s\n' "${subjects[@]}" | median)
replayed=$(printf '%s\n' "${replays[@]}" | median)
ratio_line "seed vs pg_dump --data-only replay (partition DDL on both sides)" "$replayed" "$subject"
ratio_line "seed vs pg_dump --data-only replay (partitions untimed)" "$(printf '%s\n' "${data_only[@]}" | median)" "$subject"
ratio_line "seed, JIT CLI (dotnet build) vs pg_dump replay (partition DDL on both sides)" "$replayed" "$(printf '%s\n' "${jits[@]}" | median)"
floored=$(printf '%s\n' "${floors[@]}" | median)
ratio_line "floor: replay with every rule in force vs with triggers disabled" "$replayed" "$floored"
ratio_line "seed vs its floor (what the seeder adds to the rules' own cost)" "$floored" "$subject"

# The audit rows' share: the same seed with every audit trigger disabled (the seeder keeps them on; this measures why).
db=bench_seed_unaudited; fresh $db
psql -X -At -d "$server/$db" -c "
    select format('alter table %s disable trigger %I;', tgrelid::regclass, tgname) from pg_trigger
    where tgname in ('audit_insert', 'audit_update', 'audit_delete') and not tgisinternal" \
  | psql -X -q -v ON_ERROR_STOP=1 -d "$server/$db" >/dev/null
sql -c checkpoint
t0=$(now); "${cli[@]}" $(seed_args demo $db) >/dev/null 2>&1; unaudited=$(since "$t0"); done_with $db
ratio_line "seed with audit rows vs without (audit triggers disabled)" "$unaudited" "$subject"

# Why the CLI runs without tiered PGO (migrations/Finnest.Database.Migrations.csproj): the same `small` seed with it
# turned back on (DOTNET_TieredPGO=1 overrides the CLI's runtimeconfig), interleaved with the CLI as built, BENCH_RUNS each.
pgo_on=(); pgo_off=()
for run in $(seq 1 "$runs"); do
    db=bench_seed_subject
    fresh $db; t0=$(now); "${cli[@]}" $(seed_args small $db) >/dev/null 2>&1; pgo_off+=("$(since "$t0")"); done_with $db
    fresh $db; t0=$(now); DOTNET_TieredPGO=1 "${cli[@]}" $(seed_args small $db) >/dev/null 2>&1; pgo_on+=("$(since "$t0")"); done_with $db
    say "small run $run: without tiered PGO ${pgo_off[-1]} s, with it ${pgo_on[-1]} s"
done
ratio_line "seed --scale small with tiered PGO vs without (the CLI's setting)" \
    "$(printf '%s\n' "${pgo_off[@]}" | median)" "$(printf '%s\n' "${pgo_on[@]}" | median)"

# ---- larger scales: one run each; the seeder streams, so its peak RSS should not grow with the rows ------------------
# Seeds scale $1 into bench_seed_subject, timed by /usr/bin/time: sets rows, seconds and rss (kB).
timed_seed() {
    local db=bench_seed_subject; fresh $db
    /usr/bin/time -v -o "$timing" "${cli[@]}" $(seed_args "$1" $db) >"$summary" 2>/dev/null
    rows=$(awk '$1 == "total" {gsub(/,/, "", $2); print $2}' "$summary")
    seconds=$(grep -E 'Elapsed \(wall clock\)' "$timing" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$timing" | awk '{print $NF}')
}
throughput_line() { printf 'throughput\tseed --scale %s: rows, s, rows/s, peak RSS MiB\t%s\t%.1f\t%.0f\t%.0f\n' "$1" "$rows" "$seconds" "$(awk "BEGIN {print $rows / $seconds}")" "$(awk "BEGIN {print $rss / 1024}")"; }
for scale in $scales; do
    scale_runs=1; [[ " $median_scales " == *" $scale "* ]] && scale_runs=$runs
    seeds=(); replays=(); floors=()
    for run in $(seq 1 "$scale_runs"); do
        timed_seed "$scale"; seeds+=("$seconds")
        prepare_replays; done_with bench_seed_subject
        db=bench_seed_replay; fresh $db
        t0=$(now); replay "$dump" $db; replays+=("$(since "$t0")"); done_with $db
        db=bench_seed_floor; fresh $db
        t0=$(now); replay "$ruled" $db; floors+=("$(since "$t0")"); done_with $db
        say "$scale run $run: seed $seconds s ($rows rows, peak RSS $((rss / 1024)) MiB); replay ${replays[-1]} s, with every rule ${floors[-1]} s"
    done
    seconds=$(printf '%s\n' "${seeds[@]}" | median)
    replayed=$(printf '%s\n' "${replays[@]}" | median)
    floor=$(printf '%s\n' "${floors[@]}" | median)
    ratio_line "seed --scale $scale vs pg_dump --data-only replay ($rows rows)" "$replayed" "$seconds"
    ratio_line "floor at scale $scale: replay with every rule in force vs with triggers disabled" "$replayed" "$floor"
    ratio_line "seed --scale $scale vs its floor (what the seeder adds to the rules' own cost)" "$floor" "$seconds"
    if [[ $scale == "$throughput_scale" ]]; then throughput_line "$scale"; fi
done
# The throughput at the largest scale, when the ratios did not already seed it: the seed alone, no replays (a replay
# of `large` would double the bench's time and say what `medium` already says).
if [[ -n "$throughput_scale" && " $scales " != *" $throughput_scale "* ]]; then
    timed_seed "$throughput_scale"
    say "$throughput_scale: seed $seconds s ($rows rows, peak RSS $((rss / 1024)) MiB)"
    throughput_line "$throughput_scale"
fi
