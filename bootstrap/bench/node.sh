# Shared by the benchmark scripts (source it; it defines functions, runs nothing):
#   start_node WORK        starts a fresh node (durable embedded PostgreSQL) with its data in WORK/data on a free
#                          port, stops it and removes WORK on exit; sets $base (http://127.0.0.1:PORT) and $data
#   bench_project          registers and logs in the user "bench", creates a project; sets $token and $project
#   ensure_wrk             installs wrk with apt-get when missing

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk..." >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
  fi
}

start_node() {
  local root work="$1"
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  data="$work/data"
  # shellcheck disable=SC2064
  trap "'$root/cosmicsync' stop --data-dir '$data' >/dev/null 2>&1 || true; rm -rf '$work'" EXIT
  "$root/cosmicsync" start --data-dir "$data" --http-port 0 > "$work/node.log" 2>&1 &
  for _ in $(seq 1 600); do
    grep -q "HTTP API:" "$work/node.log" 2>/dev/null && break
    sleep 0.5
  done
  base="$("$root/cosmicsync" status --json --data-dir "$data" | sed 's/.*"http":"\([^"]*\)".*/\1/')"
  [ -n "$base" ] || { cat "$work/node.log" >&2; exit 1; }
}

json() { curl -sf -H 'Content-Type: application/json' "$@"; }

bench_project() {
  json -X POST "$base/api/v1/users" -d '{"username":"bench","email":"bench@example.org","password":"benchmark password"}' >/dev/null
  token="$(json -X POST "$base/api/v1/auth/login" -d '{"username":"bench","password":"benchmark password"}' \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  project="$(json -X POST "$base/api/v1/projects" -H "Authorization: Bearer $token" -d '{"name":"bench"}' \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')"
}
