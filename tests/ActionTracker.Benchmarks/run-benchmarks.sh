#!/usr/bin/env bash
# Benchmarks the item store against raw Azure.Data.Tables calls on the same Azurite, in the same run.
# Usage: tests/ActionTracker.Benchmarks/run-benchmarks.sh [BenchmarkDotNet args, default: --filter *]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/azurite.sh

azurite_install
work_dir="$(mktemp -d)"
trap 'azurite_stop; rm -rf "$work_dir"' EXIT
table_port="$(free_port)"
queue_port="$(free_port)"
azurite_start "$table_port" "$queue_port" "$work_dir/azurite" "$work_dir/azurite.log"
export ACTIONTRACKER_BENCH_STORAGE="$(azurite_connection_string "$table_port" "$queue_port")"

dotnet build tests/ActionTracker.Benchmarks -c Release -v quiet -nologo
dotnet run --no-build -c Release --project tests/ActionTracker.Benchmarks -- --round-trips
dotnet run --no-build -c Release --project tests/ActionTracker.Benchmarks -- --sweep-reads
if [ "$#" -eq 0 ]; then set -- --filter '*'; fi
dotnet run --no-build -c Release --project tests/ActionTracker.Benchmarks -- "$@"
