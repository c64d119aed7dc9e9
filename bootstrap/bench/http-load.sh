#!/usr/bin/env bash
# HTTP load benchmark of one node, the way docs/performance.md reports it.
# Starts a fresh node (durable embedded PostgreSQL) on a free port, then runs wrk against, in one run:
#   GET  /ping                       a bare endpoint that does no work (the framework's ceiling)
#   GET  /api/v1/projects/{id}       an authenticated read (JWT check + session check + one SELECT)
#   POST /api/v1/projects            an authenticated durable write (INSERT, fsync on commit)
# Prints one JSON line per endpoint: {"endpoint":...,"connections":C,"seconds":S,"requests_per_second":R,
#   "p50_ms":..,"p99_ms":..,"non_2xx":N}. Installs wrk with apt-get when missing.
# Usage: bootstrap/bench/http-load.sh [SECONDS=20] [CONNECTIONS=32] [WARMUP_SECONDS=15]
set -euo pipefail

seconds="${1:-20}"
connections="${2:-32}"
warmup="${3:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"

# shellcheck source=node.sh
. "$root/bootstrap/bench/node.sh"
ensure_wrk
start_node "$work"
bench_project

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"name":"load test project","description":"written by wrk"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT %d %.1f %.3f %.3f %d %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
cat "$work/report.lua" >> "$work/post.lua"

run() { # name, extra wrk args...
  local name="$1"; shift
  wrk -t2 -c"$connections" -d"${warmup}s" "$@" >/dev/null 2>&1 # warm-up: JIT, connection pool
  local line
  line="$(wrk -t2 -c"$connections" -d"${seconds}s" "$@" | grep '^RESULT')"
  read -r _ requests rps p50 p99 non2xx socket_errors <<<"$line"
  printf '{"endpoint":"%s","connections":%s,"seconds":%s,"requests":%s,"requests_per_second":%s,"p50_ms":%s,"p99_ms":%s,"non_2xx":%s,"socket_errors":%s}\n' \
    "$name" "$connections" "$seconds" "$requests" "$rps" "$p50" "$p99" "$non2xx" "$socket_errors"
}

run "GET /ping" -s "$work/report.lua" "$base/ping"
run "GET /api/v1/projects/{id}" -s "$work/report.lua" -H "Authorization: Bearer $token" "$base/api/v1/projects/$project"
run "POST /api/v1/projects" -s "$work/post.lua" "$base/api/v1/projects"
