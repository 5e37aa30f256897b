#!/usr/bin/env bash
# Every speed ratio the project claims, measured side by side in one run on a throwaway cluster
# of its own, printed as one table (ratios only: no test asserts a time).
#   migrate up                 vs replaying the same schema from pg_dump --schema-only (psql -1)
#   template clone per test    vs migrate up (what a test would pay without the template)
#   scripts/bench.d/*.sh       each on a fresh clone of the migrated database, given as
#                              $FINNEST_BENCH_URL (superuser); each prints lines
#                              ratio<TAB>what<TAB>baseline s<TAB>subject s<TAB>ratio
#                              (audit.sh: audited insert and update; tenant-lookup.sh: RLS lookup;
#                              others add theirs), and may print throughput<TAB>what<TAB>values…
#                              lines, listed under the table. A missing or failing script is reported, not fatal.
# Usage: scripts/bench.sh [runs, default 3]. Progress on stderr, the table on stdout.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
export BENCH_RUNS=$runs DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"
pg_bin=${FINNEST_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
export PATH="$PATH:$pg_bin"
unset FINNEST_DATABASE_URL
say() { echo "bench: $*" >&2; }

say "building the CLI (Release)"
dotnet build "$repo/migrations" -c Release --nologo -v quiet >/dev/null
dll=$repo/migrations/bin/Release/net10.0/finnest-db.dll

# The CLI's local cluster, started in a scratch directory (no Finnest.Database.sln above it, so
# its .finnest/ lives there) on a free port: never a developer's cluster, removed at the end.
work=$(mktemp -d)
chmod 755 "$work"
port=54400
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
export FINNEST_LOCAL_PORT=$port
cli() { (cd "$work" && dotnet "$dll" "$@"); }
cleanup() { cli db stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
say "starting a throwaway cluster on port $port"
cli db start >/dev/null 2>&1
url=$(cli db url)
base=${url%/*}
psql_to() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
rows=()
throughputs=()   # bench.d lines tagged throughput (e.g. seed rows/s and peak RSS), printed under the table
row() {
    rows+=("$(awk -v what="$1" -v b="$2" -v s="$3" 'function secs(x) {return sprintf(x < 0.1 ? "%.6f" : "%.3f", x)}
        BEGIN {printf "%s\t%s\t%s\t%.2f", what, secs(b), secs(s), (b > 0 ? s / b : 0)}')")
}

# ---- migrate up vs pg_dump replay --------------------------------------------------------
schema=$work/schema.sql
ups=(); dumps=()
for i in $(seq 1 "$runs"); do
    for db in bench_up bench_dump; do psql_to -d postgres -c "drop database if exists $db" -c "create database $db"; done
    t0=$(now); cli migrate up --connection "$base/bench_up" >/dev/null 2>&1; t1=$(now)
    pg_dump -h 127.0.0.1 -p "$port" -U postgres --schema-only bench_up >"$schema"
    t2=$(now); psql_to -d bench_dump -1 -f "$schema" >/dev/null; t3=$(now)
    ups+=("$(awk "BEGIN {print $t1 - $t0}")"); dumps+=("$(awk "BEGIN {print $t3 - $t2}")")
    say "run $i: migrate up ${ups[-1]} s, pg_dump replay ${dumps[-1]} s"
done
up=$(printf '%s\n' "${ups[@]}" | median)
row "migrate up vs schema replay from pg_dump (wall)" "$(printf '%s\n' "${dumps[@]}" | median)" "$up"
psql_to -d postgres -c "drop database bench_dump" -c "alter database bench_up rename to bench_template"

# ---- template clone per test -------------------------------------------------------------
clones=()
for i in $(seq 1 "$runs"); do
    t0=$(now); psql_to -d postgres -c "create database bench_clone template bench_template"; t1=$(now)
    psql_to -d postgres -c "drop database bench_clone"
    clones+=("$(awk "BEGIN {print $t1 - $t0}")")
done
row "template clone per test vs migrate up (wall)" "$up" "$(printf '%s\n' "${clones[@]}" | median)"

# ---- scripts/bench.d ---------------------------------------------------------------------
shopt -s nullglob
for script in "$repo"/scripts/bench.d/*.sh; do
    name=$(basename "$script")
    say "running bench.d/$name"
    psql_to -d postgres -c "drop database if exists bench_extra" -c "create database bench_extra template bench_template"
    if output=$(FINNEST_BENCH_URL="$base/bench_extra" bash "$script"); then
        while IFS=$'\t' read -r tag what rest; do
            case $tag in
                ratio) IFS=$'\t' read -r baseline subject _ <<<"$rest"; row "$what" "$baseline" "$subject" ;;
                throughput) throughputs+=("$what: ${rest//$'\t'/, }") ;;
            esac
        done <<<"$output"
    else
        say "bench.d/$name failed (exit $?): its ratios are missing"
        rows+=("$(printf '%s\t-\t-\tFAILED' "bench.d/$name")")
    fi
    psql_to -d postgres -c "drop database if exists bench_extra"
done
psql_to -d postgres -c "drop database bench_template"

# ---- the table ---------------------------------------------------------------------------
printf '%s\n' "what"$'\t'"baseline s"$'\t'"subject s"$'\t'"ratio" "${rows[@]}" | awk -F'\t' '
    {line[NR] = $0; if (length($1) > w) w = length($1)}
    END {for (i = 1; i <= NR; i++) {split(line[i], f, "\t"); printf "%-" w "s  %12s  %12s  %7s\n", f[1], f[2], f[3], f[4]}}'
for line in "${throughputs[@]}"; do printf 'throughput: %s\n' "$line"; done
