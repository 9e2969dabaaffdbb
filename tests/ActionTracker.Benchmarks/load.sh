#!/usr/bin/env bash
# Load comparison, same machine, same run, concurrency 32:
#   protocol path: `help` over Teams (expectReplies) vs a botbuilder-js echo bot, and over Slack vs @slack/bolt;
#   storage path:  `list` and `add` (add spread over 32 tenants) vs the same raw SDK calls against Azurite,
#                  plus p99 at a steady 200 req/s. teams-add compares with raw-add-dedupe: Teams dedupes every
#                  state-changing activity by id (claim + complete), so its raw baseline makes those two calls too.
# Usage: tests/ActionTracker.Benchmarks/load.sh [SECONDS]   (needs curl, node, openssl and wrk; installs peers into .tools/)
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
azurite_start "$table_port" "$queue_port" memory "$work/azurite.log"
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

# The protocol path is driven by wrk (a light C client, so the loader takes less of the shared cores) with one
# request body each: a Teams help message with expectReplies, and a signed Slack help command (valid 5 minutes).
teams_body="$work/teams-help.json"
printf '%s' '{"type":"message","id":"load-1","serviceUrl":"http://127.0.0.1:9/","channelId":"msteams","from":{"id":"29:load","name":"Load","aadObjectId":"00000000-0000-0000-0000-000000000001"},"conversation":{"id":"a:load","conversationType":"personal","tenantId":"load-tenant"},"recipient":{"id":"28:bot","name":"ActionTracker"},"text":"help","deliveryMode":"expectReplies","channelData":{"tenant":{"id":"load-tenant"}}}' >"$teams_body"
slack_body="token=x&team_id=TLOAD00&channel_id=CLOAD&channel_name=general&user_id=ULOAD&user_name=load&command=%2Faction&text=help&api_app_id=ALOAD"
slack_ts="$(date +%s)"
slack_sig="v0=$(printf 'v0:%s:%s' "$slack_ts" "$slack_body" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')"
wrk_post() {  # wrk_post NAME URL BODY_FILE CONTENT_TYPE [HEADER...]
  local name="$1" url="$2" body="$3" type="$4"; shift 4
  local lua="$work/$name.lua"
  { printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "%s"\n' "$type"
    for h in "$@"; do printf 'wrk.headers["%s"] = "%s"\n' "${h%%: *}" "${h#*: }"; done
    printf 'local f = io.open("%s", "rb")\nwrk.body = f:read("*a")\nf:close()\n' "$body"; } >"$lua"
  # Warm-up first (JIT tiering, connection pools, caches), for the peers as for the bot; only the second run counts.
  wrk -t2 -c32 -d2s -s "$lua" "$url" >/dev/null
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s "$lua" "$url" >"$work/$name.out"
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' "$work/$name.out")"
  p99="$(awk '$1=="99%" {print $2}' "$work/$name.out")"
  printf '%-28s %10.0f req/s   p99 %s   (wrk, 32 connections)\n' "$name" "$rps" "$p99" | tee -a "$work/results.txt"
}
printf '%s' "$slack_body" >"$work/slack-help.form"
echo "== protocol path (help) =="
command -v wrk >/dev/null 2>&1 || { echo "wrk is required for the protocol path (apt-get install wrk)." >&2; exit 1; }
wrk_post botbuilder-echo "http://127.0.0.1:$echo_port/api/messages" "$teams_body" application/json
wrk_post teams-help "http://127.0.0.1:$bot_port/api/messages" "$teams_body" application/json
wrk_post bolt-slash "http://127.0.0.1:$bolt_port/slack/events" "$work/slack-help.form" application/x-www-form-urlencoded "X-Slack-Request-Timestamp: $slack_ts" "X-Slack-Signature: $slack_sig"
wrk_post slack-help "http://127.0.0.1:$bot_port/slack/commands" "$work/slack-help.form" application/x-www-form-urlencoded "X-Slack-Request-Timestamp: $slack_ts" "X-Slack-Signature: $slack_sig"
echo "== storage path (list, add) =="
# Raw calls use the bot's own tables: Azurite answers every filtered query by scanning the whole table, so a
# baseline on a fresh, near-empty table would flatter it.
load raw-list --table-prefix ""
load teams-list --url "http://127.0.0.1:$bot_port/api/messages"
load slack-list --url "http://127.0.0.1:$bot_port/slack/commands"
load raw-add --table-prefix ""
load raw-add-dedupe --table-prefix ""
load teams-add --url "http://127.0.0.1:$bot_port/api/messages"
load slack-add --url "http://127.0.0.1:$bot_port/slack/commands"
echo "== steady 200 req/s (p99) =="
load raw-list --table-prefix "" --rate 200
load teams-list --url "http://127.0.0.1:$bot_port/api/messages" --rate 200
load teams-add --url "http://127.0.0.1:$bot_port/api/messages" --rate 200
load slack-list --url "http://127.0.0.1:$bot_port/slack/commands" --rate 200
load slack-add --url "http://127.0.0.1:$bot_port/slack/commands" --rate 200
