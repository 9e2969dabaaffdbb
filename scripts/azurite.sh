# Shared helpers for run.sh, test.sh and the benchmark script: a pinned Azurite
# (Table and Queue services) installed into a project-local, git-ignored folder.
# Source this file; it defines functions only.

AZURITE_VERSION="3.37.0"
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_PREFIX="$PROJECT_ROOT/.tools/azurite-$AZURITE_VERSION"
AZURITE_BIN="$AZURITE_PREFIX/node_modules/.bin"
AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
AZURITE_PIDS=()

azurite_install() {
  if [ -x "$AZURITE_BIN/azurite-table" ] && [ -x "$AZURITE_BIN/azurite-queue" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || { echo "npm is required to install Azurite (install Node.js 20+)." >&2; return 1; }
  echo "Installing Azurite $AZURITE_VERSION into .tools/ (first run only)..." >&2
  mkdir -p "$AZURITE_PREFIX"
  npm install --prefix "$AZURITE_PREFIX" "azurite@$AZURITE_VERSION" --no-audit --no-fund --loglevel=error >&2
}

# Prints a free TCP port on 127.0.0.1.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# port_busy PORT: true when something listens on 127.0.0.1:PORT.
port_busy() {
  node -e "const c=require('net').connect($1,'127.0.0.1');c.on('connect',()=>{c.destroy();process.exit(0)});c.on('error',()=>process.exit(1))"
}

# azurite_start TABLE_PORT QUEUE_PORT DATA_DIR LOG_FILE
# DATA_DIR "memory" keeps everything in memory (load runs: no periodic disk flushes in the latencies).
azurite_start() {
  local table_port="$1" queue_port="$2" data_dir="$3" log_file="$4"
  local storage=(--location "$data_dir")
  if [ "$data_dir" = "memory" ]; then
    storage=(--inMemoryPersistence)
  else
    mkdir -p "$data_dir"
  fi
  "$AZURITE_BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$table_port" "${storage[@]}" \
    --disableTelemetry --silent --skipApiVersionCheck >>"$log_file" 2>&1 &
  AZURITE_PIDS+=("$!")
  "$AZURITE_BIN/azurite-queue" --queueHost 127.0.0.1 --queuePort "$queue_port" "${storage[@]}" \
    --disableTelemetry --silent --skipApiVersionCheck >>"$log_file" 2>&1 &
  AZURITE_PIDS+=("$!")
  local i
  for i in $(seq 1 100); do
    if port_busy "$table_port" && port_busy "$queue_port"; then
      return 0
    fi
    sleep 0.2
  done
  echo "Azurite did not start within 20 s; see $log_file" >&2
  return 1
}

# Stops every Azurite process this shell started. SIGINT, because Azurite
# saves its store only on SIGINT (SIGTERM loses the last seconds of writes).
azurite_stop() {
  local pid
  for pid in "${AZURITE_PIDS[@]}"; do
    kill -INT "$pid" 2>/dev/null || true
  done
  for pid in "${AZURITE_PIDS[@]}"; do
    local i
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  AZURITE_PIDS=()
}

# azurite_connection_string TABLE_PORT QUEUE_PORT
azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$AZURITE_ACCOUNT_KEY" "$1" "$2"
}
