#!/usr/bin/env bash
# Runs every test project against its own Azurite (free ports, temporary data)
# and ends with one summary line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh
source scripts/playground.sh

azurite_install || exit 1
# The Playground browser test needs these (npm, pinned); without them, or without chromium, it is skipped.
playground_install || echo "Agents Playground not installed: its browser test will be skipped." >&2
playwright_install || echo "playwright-core not installed: the Playground browser test will be skipped." >&2

work_dir="$(mktemp -d)"
cleanup() {
  azurite_stop
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

table_port="$(free_port)"
queue_port="$(free_port)"
while [ "$queue_port" = "$table_port" ]; do queue_port="$(free_port)"; done
azurite_start "$table_port" "$queue_port" "$work_dir/azurite" "$work_dir/azurite.log" || exit 1

export ACTIONTRACKER_TEST_STORAGE="$(azurite_connection_string "$table_port" "$queue_port")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet test ActionTracker.Bot.sln --logger "trx" --results-directory "$work_dir/results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$work_dir"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  total="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
  executed="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test: a build or test-host failure (see above)." >&2
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
