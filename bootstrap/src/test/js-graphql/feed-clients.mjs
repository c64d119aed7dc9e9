// Live-feed clients for the fan-out benchmark (FeedFanoutBench), in their own process so that they do not share the
// node's JVM. Opens N WebSocket connections to a node's /api/v1/ws, subscribes each to PROJECT, prints "READY" once
// all N subscriptions are confirmed, then times every change message: the benchmark writes the submission time into
// the changed document's title as "c<index>@<microseconds since the epoch>" (both processes read the same clock).
// When each client has CHANGES changes, or 30 s after stdin closes, prints one JSON line:
//   {"deliveries":..,"missing":..,"p50_ms":..,"p99_ms":..,"max_ms":..,"closed":..}
// The clients offer permessage-deflate, as browsers do (the ws default).
// Usage: node feed-clients.mjs WS_URL ACCESS_TOKEN PROJECT N CHANGES
import WebSocket from 'ws'

const [url, token, project, n, changes] = process.argv.slice(2)
const clients = Number(n)
const expected = clients * Number(changes)
const nowMicros = () => (performance.timeOrigin + performance.now()) * 1000
const latencies = []
let subscribed = 0
let closed = 0
let reported = false

function report () {
  if (reported) return
  reported = true
  latencies.sort((a, b) => a - b)
  const at = (p) => latencies.length === 0 ? null : latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1))] / 1000
  process.stdout.write(JSON.stringify({
    deliveries: latencies.length, missing: expected - latencies.length, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: at(1), closed
  }) + '\n')
  process.exit(0)
}

function open () {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { Authorization: `Bearer ${token}` } })
    socket.on('open', () => { socket.send(JSON.stringify({ type: 'subscribe', scopes: [project] })); resolve() })
    socket.on('error', reject)
    socket.on('close', () => { closed++ })
    socket.on('message', (data) => {
      const received = nowMicros()
      const text = data.toString()
      if (text.startsWith('{"type":"subscribed"')) {
        if (++subscribed === clients) process.stdout.write('READY\n')
      } else if (text.startsWith('{"type":"change"')) {
        const at = text.indexOf('@', text.indexOf('"title":'))
        if (at > 0) latencies.push(received - Number(text.slice(at + 1, text.indexOf('"', at))))
        if (latencies.length === expected) report()
      } else {
        process.stderr.write(`unexpected message: ${text}\n`)
      }
    })
  })
}

for (let i = 0; i < clients; i += 50) {
  await Promise.all(Array.from({ length: Math.min(50, clients - i) }, open))
}
process.stdin.resume()
process.stdin.on('end', () => setTimeout(report, 30000).unref())
setTimeout(report, 30000 + 600000).unref()
