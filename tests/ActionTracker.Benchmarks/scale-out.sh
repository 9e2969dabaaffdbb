#!/usr/bin/env bash
# Scale-out proof: 3 bot instances (Release) share one Azurite behind nginx (round robin). The C# load generator
# starts local Slack Web API and Bot Framework sinks that record every outbound message, then the instances, and
# drives mixed Teams/Slack traffic (signed Slack requests, RS256 Teams tokens) through nginx, with platform
# redeliveries sent to two different instances, while every instance runs the reminder sweep every 2 s
# (5-second lease buckets). Checks: no acknowledged add lost or stored twice, every reminder delivered exactly once,
# p99 per path within the issue targets. --kill-one SIGKILLs an instance mid-run while it sends a reminder.
# Usage: tests/ActionTracker.Benchmarks/scale-out.sh [SECONDS] [--kill-one] [--rate N]
#        SCALE_OUT_PORT_BASE=N uses ports N+1..N+13 instead of free ones. Needs node, curl; installs nginx (apt).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/azurite.sh
SECONDS_PER_RUN=30
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --kill-one) extra+=(--kill-one) ;;
    --rate) extra+=(--rate "$2"); shift ;;
    *) SECONDS_PER_RUN="$1" ;;
  esac
  shift
done

azurite_install
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx (apt-get, first run only)..." >&2
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null; }
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
  fi
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d)"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  azurite_stop
  if [ "${SCALE_OUT_KEEP_LOGS:-}" = "1" ]; then echo "Logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

port() {  # port OFFSET: SCALE_OUT_PORT_BASE+OFFSET, or a free port
  if [ -n "${SCALE_OUT_PORT_BASE:-}" ]; then echo $((SCALE_OUT_PORT_BASE + $1)); else free_port; fi
}
table_port="$(port 1)"; queue_port="$(port 2)"; sink_port="$(port 4)"; lb_port="$(port 10)"
instance_ports="$(port 11),$(port 12),$(port 13)"

dotnet build src/ActionTracker.Bot -c Release -v quiet -nologo >/dev/null
dotnet build tests/ActionTracker.Benchmarks -c Release -v quiet -nologo >/dev/null

azurite_start "$table_port" "$queue_port" memory "$work/azurite.log"
connection="$(azurite_connection_string "$table_port" "$queue_port")"

# nginx in the foreground of its own process (no daemon, no root paths): one worker, round robin, keep-alive upstreams.
mkdir -p "$work/nginx"
{
  echo "worker_processes 1; daemon off; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  echo "events { worker_connections 4096; }"
  echo "http {"
  echo "  access_log off;"
  for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $work/nginx/$t;"; done
  echo "  upstream bots {"
  for p in ${instance_ports//,/ }; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"; done
  echo "    keepalive 64;"
  echo "  }"
  echo "  server {"
  echo "    listen 127.0.0.1:$lb_port;"
  echo "    location / {"
  echo "      proxy_pass http://bots; proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host;"
  echo "      proxy_next_upstream error timeout http_502; proxy_connect_timeout 1s;"
  echo "    }"
  echo "  }"
  echo "}"
} >"$work/nginx/nginx.conf"
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid="$!"

echo "Azurite :$table_port/:$queue_port, sinks :$sink_port, nginx :$lb_port -> instances :${instance_ports//,/, :}"
echo "(loader, nginx, Azurite and the 3 instances share this machine's $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
ACTIONTRACKER_BENCH_STORAGE="$connection" dotnet tests/ActionTracker.Benchmarks/bin/Release/net10.0/ActionTracker.Benchmarks.dll \
  --scale-out --seconds "$SECONDS_PER_RUN" --bot-dll "$PROJECT_ROOT/src/ActionTracker.Bot/bin/Release/net10.0/ActionTracker.Bot.dll" \
  --balancer "http://127.0.0.1:$lb_port/" --instance-ports "$instance_ports" --sink-port "$sink_port" --work "$work" "${extra[@]}" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${status:-0}"
