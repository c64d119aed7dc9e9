// A js-libp2p node for the Java interop tests. Prints "READY <multiaddr>" once listening, then answers one line per
// command read from stdin with "OK <result>" or "ERR <message>":
//   dial <multiaddr>            -> OK <remote peer id>
//   ping <peer id>              -> OK <round trip in ms>
//   identify <peer id>          -> OK {"agentVersion":..., "protocols":[...], "listenAddrs":[...]}   (waits for it)
//   echo <peer id> <protocol> <n> -> sends n random bytes on a new stream, OK <n> when the same n come back
//   send <peer id> <protocol> <n> <chunk> -> bulk transfer of n bytes written <chunk> bytes at a time to a sink (below),
//                               OK <milliseconds> once it counted them
//   handle <protocol>           -> serves an echo on a new protocol (js then pushes identify), OK <protocol>
//   peers                       -> OK ["12D3KooW...", ...]
//   quit                        -> OK bye, then exits
import './polyfill.mjs'
import { createInterface } from 'node:readline'
import { randomBytes } from 'node:crypto'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify, identifyPush } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'

export const ECHO = '/cosmicsync/interop/echo/1.0.0'
// Bulk one-way transfer for the throughput benchmark: the sender writes a uint64 BE byte count n, then n bytes; the
// sink counts them and answers with the uint64 BE count it received.
export const SINK = '/cosmicsync/bench/sink/1.0.0'

const node = await createLibp2p({
  addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
  transports: [tcp()],
  connectionEncrypters: [noise()],
  streamMuxers: [yamux()],
  services: { identify: identify({ agentVersion: 'js-interop/1.0' }), identifyPush: identifyPush(), ping: ping() }
})

await node.handle(ECHO, ({ stream }) => { stream.sink(stream.source).catch(() => {}) })
await node.handle(SINK, ({ stream }) => { sink(stream).catch(() => stream.abort(new Error('sink failed'))) })

function uint64 (n) {
  const bytes = Buffer.alloc(8)
  bytes.writeBigUInt64BE(BigInt(n))
  return bytes
}

async function sink (stream) {
  let header = Buffer.alloc(0)
  let expected = -1
  let received = 0
  for await (const list of stream.source) {
    if (expected < 0) {
      header = Buffer.concat([header, list.subarray()])
      if (header.length < 8) continue
      expected = Number(header.readBigUInt64BE(0))
      received = header.length - 8
    } else {
      received += list.byteLength
    }
    if (received >= expected) break
  }
  await stream.sink([uint64(received)])
}

async function send (peer, protocol, n, chunkBytes) {
  const chunk = new Uint8Array(chunkBytes)
  const start = performance.now()
  const stream = await node.dialProtocol(peerIdFromString(peer), protocol)
  const sending = stream.sink((async function * () {
    yield uint64(n)
    for (let left = n; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left)
  })())
  let reply = Buffer.alloc(0)
  for await (const list of stream.source) {
    reply = Buffer.concat([reply, list.subarray()])
    if (reply.length >= 8) break
  }
  const millis = performance.now() - start
  await sending
  await stream.close()
  if (reply.length < 8 || Number(reply.readBigUInt64BE(0)) !== n) throw new Error(`sink counted ${reply.length < 8 ? 'nothing' : reply.readBigUInt64BE(0)} of ${n} bytes`)
  return millis.toFixed(1)
}

const identified = new Map()
const waiting = new Map()
node.addEventListener('peer:identify', (event) => {
  const { peerId, agentVersion, protocols, listenAddrs } = event.detail
  const result = { agentVersion, protocols, listenAddrs: listenAddrs.map(a => a.toString()) }
  identified.set(peerId.toString(), result)
  for (const resolve of waiting.get(peerId.toString()) ?? []) resolve(result)
  waiting.delete(peerId.toString())
})

function whenIdentified (peer) {
  if (identified.has(peer)) return Promise.resolve(identified.get(peer))
  return new Promise((resolve, reject) => {
    waiting.set(peer, [...(waiting.get(peer) ?? []), resolve])
    setTimeout(() => reject(new Error('not identified within 10 s')), 10000).unref()
  })
}

async function echo (peer, protocol, n) {
  const stream = await node.dialProtocol(peerIdFromString(peer), protocol)
  const sent = randomBytes(n)
  const chunks = []
  for (let i = 0; i < n; i += 16384) chunks.push(sent.subarray(i, Math.min(n, i + 16384)))
  const sending = stream.sink((async function * () { yield * chunks })())
  const received = []
  let total = 0
  for await (const chunk of stream.source) {
    received.push(Buffer.from(chunk.subarray()))
    total += chunk.byteLength
    if (total >= n) break
  }
  await sending
  await stream.close()
  if (!Buffer.concat(received).equals(sent)) throw new Error(`echo differs (${total} of ${n} bytes)`)
  return n
}

const commands = {
  dial: async (addr) => (await node.dial(multiaddr(addr))).remotePeer.toString(),
  ping: async (peer) => await node.services.ping.ping(peerIdFromString(peer)),
  identify: async (peer) => JSON.stringify(await whenIdentified(peer)),
  echo: async (peer, protocol, n) => await echo(peer, protocol, Number(n)),
  send: async (peer, protocol, n, chunk) => await send(peer, protocol, Number(n), Number(chunk)),
  handle: async (protocol) => { await node.handle(protocol, ({ stream }) => { stream.sink(stream.source).catch(() => {}) }); return protocol },
  peers: async () => JSON.stringify(node.getPeers().map(p => p.toString())),
  quit: async () => { await node.stop(); return 'bye' }
}

console.log(`READY ${node.getMultiaddrs()[0].toString()}`)

const lines = createInterface({ input: process.stdin })
lines.on('line', async (line) => {
  const [name, ...args] = line.trim().split(/\s+/)
  try {
    if (!(name in commands)) throw new Error(`unknown command ${name}`)
    console.log(`OK ${await commands[name](...args)}`)
    if (name === 'quit') process.exit(0)
  } catch (e) {
    console.log(`ERR ${String(e?.message ?? e).replace(/\n/g, ' ')}`)
  }
})
lines.on('close', () => { node.stop().finally(() => process.exit(0)) })
