#!/usr/bin/env bash
# Document benchmark (issue 5, item 7), the way docs/performance.md reports it.
# Starts a fresh node (durable embedded PostgreSQL: fsync and synchronous_commit on) on a free port, defines a
# collection "tasks" (schema: title, status, score, rank; declared index: score), then with wrk, one connection:
#   write:           POST .../documents                    a new document through the REST API: JWT, schema
#                                                           validation, the sync core (one signed change), commit
#   indexed query:   GET .../documents?filter={"score":N}   10 matches among DOCUMENTS, on the declared index
#   unindexed query: GET .../documents?filter={"rank":N}    1 match among DOCUMENTS, no index on rank
# Query seed: writing DOCUMENTS one by one through the sync core costs ~5-6 ms each (durable, serialized), so
# the rows the queries read are inserted with one SQL statement straight into sync_documents (data = the JSON
# a write would materialize; state = a 1-byte placeholder, so these rows are not readable through the sync core
# and do not replicate). Queries read only sync_documents.data, so their cost is the same. Then ANALYZE.
# Prints one JSON line: {"documents":N,"seconds":S,"write_p50_ms":..,"write_p99_ms":..,"write_per_second":..,
#   "indexed_query_p50_ms":..,"indexed_query_p99_ms":..,"unindexed_query_p50_ms":..,"unindexed_query_p99_ms":..,
#   "non_2xx":N}. Installs wrk with apt-get when missing; needs psql (for the seed).
# Usage: bootstrap/bench/documents.sh [DOCUMENTS=100000] [SECONDS=20] [WARMUP_SECONDS=5]
set -euo pipefail

documents="${1:-100000}"
seconds="${2:-20}"
warmup="${3:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"

# shellcheck source=node.sh
. "$root/bootstrap/bench/node.sh"
ensure_wrk
command -v psql >/dev/null || { echo "documents-bench: needs psql for the query seed" >&2; exit 2; }
start_node "$work"
pid_file="$(find "$data" -name postmaster.pid | head -1)"
pg_port="$(sed -n 4p "$pid_file")"
bench_project
json -X POST "$base/api/v1/projects/$project/collections" -H "Authorization: Bearer $token" -d '{"name":"tasks",
  "schema":{"type":"object","properties":{"title":{"type":"string","maxLength":200},
  "status":{"type":"string","enum":["open","done","late"]},"score":{"type":"integer"},"rank":{"type":"integer"}},
  "required":["title"]},"indexes":["score"]}' >/dev/null
documents_url="$base/api/v1/projects/$project/collections/tasks/documents"

cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.3f %.3f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
{ cat <<LUA
wrk.method = "POST"
wrk.body = '{"title":"Benchmark task","status":"open","score":-1,"rank":-1}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
cat "$work/report.lua"; } > "$work/post.lua"

measure() { # url, script -> "requests rps p50 p99 non2xx"
  wrk -t1 -c1 -d"${warmup}s" -s "$2" -H "Authorization: Bearer $token" "$1" >/dev/null 2>&1
  wrk -t1 -c1 -d"${seconds}s" -s "$2" -H "Authorization: Bearer $token" "$1" | grep '^RESULT' | cut -d' ' -f2-
}

read -r _ write_rps write_p50 write_p99 write_errors <<<"$(measure "$documents_url" "$work/post.lua")"

echo "documents-bench: seeding $documents documents into sync_documents..." >&2
PGCONNECT_TIMEOUT=10 psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL >&2
INSERT INTO sync_documents (scope, collection, doc_id, state, data, deleted)
SELECT '$project', 'tasks', 'seed-' || lpad(i::text, 7, '0'), '\x00'::bytea,
       jsonb_build_object('title', 'Task ' || i, 'status', (ARRAY['open','done','late'])[1 + i % 3],
                          'score', i % ($documents / 10), 'rank', i), false
FROM generate_series(1, $documents) AS i;
ANALYZE sync_documents;
SQL

target=$(( documents / 20 ))
uri() { python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$1"; }
indexed_filter="$(uri "{\"score\":$target}")"
unindexed_filter="$(uri "{\"rank\":$target}")"
matches="$(curl -sf -H "Authorization: Bearer $token" "$documents_url?filter=$indexed_filter" | grep -o '"id"' | wc -l)"
[ "$matches" -eq 10 ] || { echo "documents-bench: the indexed query found $matches documents, not 10" >&2; exit 1; }
if [ "${DOCUMENTS_BENCH_EXPLAIN:-0}" = 1 ]; then # the plans, as the adapter's SQL with the values inlined
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sync_documents'" >&2
  for field in score rank; do
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT doc_id, data::text
      FROM sync_documents WHERE scope = '$project' AND collection = 'tasks' AND NOT deleted
      AND (data #> CAST('{$field}' AS text[])) = CAST('$target' AS jsonb) ORDER BY doc_id ASC LIMIT 51" >&2
  done
fi
read -r _ _ indexed_p50 indexed_p99 indexed_errors <<<"$(measure "$documents_url?filter=$indexed_filter" "$work/report.lua")"
read -r _ _ unindexed_p50 unindexed_p99 unindexed_errors <<<"$(measure "$documents_url?filter=$unindexed_filter" "$work/report.lua")"

printf '{"documents":%s,"seconds":%s,"write_p50_ms":%s,"write_p99_ms":%s,"write_per_second":%s,"indexed_query_p50_ms":%s,"indexed_query_p99_ms":%s,"unindexed_query_p50_ms":%s,"unindexed_query_p99_ms":%s,"non_2xx":%s}\n' \
  "$documents" "$seconds" "$write_p50" "$write_p99" "$write_rps" "$indexed_p50" "$indexed_p99" "$unindexed_p50" "$unindexed_p99" \
  "$(( write_errors + indexed_errors + unindexed_errors ))"
