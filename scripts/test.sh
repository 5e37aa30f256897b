#!/usr/bin/env bash
# The one test command (the README and .ci/run call it). On a fresh machine it installs what is
# missing (PostgreSQL server binaries via apt-get), builds the solution with warnings as errors,
# runs every test project against a throwaway PostgreSQL cluster, and ends with the line
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."

say() { echo "test.sh: $*" >&2; }

have_postgres() {
    [ -n "${FINNEST_TEST_DATABASE_URL:-}" ] && return 0
    [ -n "${FINNEST_PG_BIN:-}" ] && [ -x "${FINNEST_PG_BIN}/pg_ctl" ] && return 0
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null
}

if ! have_postgres; then
    say "PostgreSQL server binaries not found: installing the postgresql package"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    have_postgres || { say "could not install PostgreSQL"; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1; }
fi
if ! command -v dotnet >/dev/null; then
    say "the .NET SDK (dotnet) is not installed"
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build Finnest.Database.sln --nologo -v quiet; then
    say "build failed"
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
fi

log=$(mktemp)
dotnet test Finnest.Database.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 71, Skipped: 0, Total: 71, ..."
sum() { grep -E '^(Passed|Failed)!' "$log" | grep -oE "$1: +[0-9]+" | awk '{s += $2} END {print s + 0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then say "no test ran"; failed=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
