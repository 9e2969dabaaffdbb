#!/usr/bin/env bash
# Runs ActionTracker.Bot locally: Azurite (Table + Queue) with data under .azurite/, the bot on
# http://localhost:3978 and the Microsoft 365 Agents Playground on http://localhost:56150.
# Ctrl-C stops all three (Azurite with SIGINT so its store is saved).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
PLAYGROUND_VERSION="0.2.28"
PLAYGROUND_PREFIX="$PROJECT_ROOT/.tools/playground-$PLAYGROUND_VERSION"
TABLE_PORT=10002
QUEUE_PORT=10001

# Optional local settings (git-ignored), e.g. Teams__AppId=... or Slack__SigningSecret=...
if [ -f .env ]; then
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
fi
export ASPNETCORE_ENVIRONMENT=Development
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null 2>&1 || { echo "The .NET SDK (10.0) is required: https://dot.net" >&2; exit 1; }
command -v node >/dev/null 2>&1 || { echo "Node.js 20+ (with npm) is required to run Azurite." >&2; exit 1; }

use_azurite=1
if [ -n "${Storage__ConnectionString:-}" ]; then
  use_azurite=0
  echo "Using Storage__ConnectionString from the environment; not starting Azurite."
fi

busy=()
port_busy "$BOT_PORT" && busy+=("$BOT_PORT (the bot)")
port_busy "$PLAYGROUND_PORT" && busy+=("$PLAYGROUND_PORT (Microsoft 365 Agents Playground)")
if [ "$use_azurite" = 1 ]; then
  port_busy "$TABLE_PORT" && busy+=("$TABLE_PORT (Azurite Table service)")
  port_busy "$QUEUE_PORT" && busy+=("$QUEUE_PORT (Azurite Queue service)")
fi
if [ "${#busy[@]}" -gt 0 ]; then
  for b in "${busy[@]}"; do echo "Port $b is already in use; stop whatever listens there and run again." >&2; done
  exit 1
fi

bot_pid=""
playground_pid=""
stop_all() {
  trap - INT TERM EXIT
  if [ -n "$playground_pid" ] && kill -0 "$playground_pid" 2>/dev/null; then
    kill -TERM "$playground_pid" 2>/dev/null || true
  fi
  if [ -n "$bot_pid" ] && kill -0 "$bot_pid" 2>/dev/null; then
    kill -TERM "$bot_pid" 2>/dev/null || true
    wait "$bot_pid" 2>/dev/null || true
  fi
  azurite_stop
  echo "Stopped."
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

if [ "$use_azurite" = 1 ]; then
  azurite_install
  mkdir -p .azurite
  azurite_start "$TABLE_PORT" "$QUEUE_PORT" .azurite .azurite/azurite.log
  echo "Azurite: tables on 127.0.0.1:$TABLE_PORT, queues on 127.0.0.1:$QUEUE_PORT (data in .azurite/)"
fi

dotnet build src/ActionTracker.Bot -c Debug -v quiet -nologo >/dev/null
dotnet run --no-build --no-launch-profile --project src/ActionTracker.Bot -- --urls "http://localhost:$BOT_PORT" &
bot_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$BOT_PORT/healthz" >/dev/null 2>&1; then
    break
  fi
  kill -0 "$bot_pid" 2>/dev/null || { echo "The bot exited during start; see the messages above." >&2; exit 1; }
  sleep 0.5
done

# A Teams-like chat client that works offline, pointed at the bot.
if [ ! -x "$PLAYGROUND_PREFIX/node_modules/.bin/agentsplayground" ]; then
  echo "Installing Microsoft 365 Agents Playground $PLAYGROUND_VERSION into .tools/ (first run only)..."
  mkdir -p "$PLAYGROUND_PREFIX"
  npm install --prefix "$PLAYGROUND_PREFIX" "@microsoft/m365agentsplayground@$PLAYGROUND_VERSION" --no-audit --no-fund --loglevel=error
fi
mkdir -p .tools/playground-run
(cd .tools/playground-run && TEAMSAPPTESTER_BROWSER=none exec "$PLAYGROUND_PREFIX/node_modules/.bin/agentsplayground" \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry >playground.log 2>&1) &
playground_pid=$!

echo
echo "ActionTracker.Bot is running:"
echo "  Bot:        http://localhost:$BOT_PORT  (health: /healthz, readiness: /readyz)"
echo "  Messages:   http://localhost:$BOT_PORT/api/messages"
echo "  Playground: http://localhost:$PLAYGROUND_PORT  (chat with the bot in a Teams-like client)"
echo "Press Ctrl-C to stop."
wait "$bot_pid"
