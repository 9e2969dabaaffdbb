#!/usr/bin/env bash
# Scores transcript extraction on a development set: runs `extract --json` on every evalset/<id>/transcript.vtt
# (W3C calls get their meeting date) and scores items and decisions with the set's own score.py.
# Usage: scripts/score-transcripts.sh [DEVSET_DIR, default ../shared/devset] [extra score.py args, e.g. --per-meeting]
set -euo pipefail
cd "$(dirname "$0")/.."
devset="${1:-../shared/devset}"
shift || true
if [ ! -f "$devset/score.py" ]; then
  echo "no development set at $devset (expected score.py and evalset/)" >&2
  exit 2
fi

dotnet build src/ActionTracker.Bot -c Release -v quiet -nologo >&2
bot_dll="$(ls src/ActionTracker.Bot/bin/Release/net*/ActionTracker.Bot.dll | head -n 1)"
preds="$(mktemp -d)"
trap 'rm -rf "$preds"' EXIT

for dir in "$devset"/evalset/*/; do
  id="$(basename "$dir")"
  args=(extract "$dir/transcript.vtt" --json)
  # Only the meeting date is taken from the annotations (the call's calendar date).
  date="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("date") or "")' "$dir/gold.json")"
  if [ -n "$date" ]; then args+=(--meeting-date "$date"); fi
  dotnet "$bot_dll" "${args[@]}" > "$preds/$id.json"
done

echo "== items"
python3 "$devset/score.py" --gold-dir "$devset/evalset" --pred-dir "$preds" --kind items "$@"
echo "== decisions"
python3 "$devset/score.py" --gold-dir "$devset/evalset" --pred-dir "$preds" --kind decisions "$@"
