#!/usr/bin/env bash
# Load comparison, same machine, same run, concurrency 32:
#   protocol path: `help` over Teams (expectReplies) vs a botbuilder-js echo bot, and over Slack vs @slack/bolt;
#   storage path:  `list` and `add` (add spread over 32 tenants) vs the same raw SDK calls against Azurite,
#                  plus p99 at a steady 200 req/s.
# Usage: tests/ActionTracker.Benchmarks/load.sh [SECONDS]   (needs curl and node; installs peers into .tools/)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/azurite.sh
SECONDS_PER_RUN="${1:-10}"
SECRET="load-test-secret"
PEERS="$PROJECT_ROOT/.tools/load-peers"

azurite_install
if [ ! -d "$PEERS/node_modules/@slack/bolt" ] || [ ! -d "$PEERS/node_modules/botbuilder" ]; then
  mkdir -p "$PEERS"
  npm install --prefix "$PEERS" botbuilder@4.23.3 restify@11.1.0 @slack/bolt@5.1.0 --no-audit --no-fund --loglevel=error >&2
fi

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  azurite_stop
  rm -rf "$work"
}
trap cleanup EXIT

table_port="$(free_port)"; queue_port="$(free_port)"
azurite_start "$table_port" "$queue_port" "$work/azurite" "$work/azurite.log"
connection="$(azurite_connection_string "$table_port" "$queue_port")"

bot_port="$(free_port)"; echo_port="$(free_port)"; bolt_port="$(free_port)"
dotnet build src/ActionTracker.Bot -c Release -v quiet -nologo >/dev/null
dotnet build tests/ActionTracker.Benchmarks -c Release -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  Storage__ConnectionString="$connection" Storage__EncryptionKey="load-test-key" \
  Slack__SigningSecret="$SECRET" Slack__AppId="ALOAD" Slack__BotToken="xoxb-load" Slack__ApiBaseUrl="http://127.0.0.1:9/" \
  dotnet src/ActionTracker.Bot/bin/Release/net10.0/ActionTracker.Bot.dll --urls "http://127.0.0.1:$bot_port" >"$work/bot.log" 2>&1 &
pids+=("$!")
PORT="$echo_port" NODE_PATH="$PEERS/node_modules" node tests/ActionTracker.Benchmarks/peers/botbuilder-echo.js >"$work/echo.log" 2>&1 &
pids+=("$!")
PORT="$bolt_port" SLACK_SIGNING_SECRET="$SECRET" NODE_PATH="$PEERS/node_modules" node tests/ActionTracker.Benchmarks/peers/bolt-slash.js >"$work/bolt.log" 2>&1 &
pids+=("$!")
for url in "http://127.0.0.1:$bot_port/healthz"; do
  for _ in $(seq 1 100); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 0.2; done
done
sleep 1

load() {
  ACTIONTRACKER_BENCH_STORAGE="$connection" dotnet tests/ActionTracker.Benchmarks/bin/Release/net10.0/ActionTracker.Benchmarks.dll \
    --load "$1" --seconds "$SECONDS_PER_RUN" --secret "$SECRET" "${@:2}" | tee -a "$work/results.txt"
}

echo "== protocol path (help) =="
load teams-help --url "http://127.0.0.1:$echo_port/api/messages" | sed 's/^teams-help/botbuilder-echo/'
load teams-help --url "http://127.0.0.1:$bot_port/api/messages"
load slack-help --url "http://127.0.0.1:$bolt_port/slack/events" | sed 's/^slack-help/bolt-slash/'
load slack-help --url "http://127.0.0.1:$bot_port/slack/commands"
echo "== storage path (list, add) =="
load raw-list
load teams-list --url "http://127.0.0.1:$bot_port/api/messages"
load slack-list --url "http://127.0.0.1:$bot_port/slack/commands"
load raw-add
load teams-add --url "http://127.0.0.1:$bot_port/api/messages"
load slack-add --url "http://127.0.0.1:$bot_port/slack/commands"
echo "== steady 200 req/s (p99) =="
load teams-list --url "http://127.0.0.1:$bot_port/api/messages" --rate 200
load teams-add --url "http://127.0.0.1:$bot_port/api/messages" --rate 200
load slack-list --url "http://127.0.0.1:$bot_port/slack/commands" --rate 200
load slack-add --url "http://127.0.0.1:$bot_port/slack/commands" --rate 200
