// A js-libp2p node with gossipsub (StrictSign, the default) and kad-dht in server mode, for the Java interop tests.
// Prints "READY <multiaddr>" once listening, then answers one line per stdin command with "OK <result>" or
// "ERR <message>":
//   dial <multiaddr>              -> OK <remote peer id>
//   subscribe <topic>             -> OK <topic>
//   publish <topic> <text>        -> OK <number of peers it was sent to>
//   received <topic>              -> OK [{"from":"12D3KooW...","data":"<text>"}, ...]   (every message so far)
//   mesh <topic>                  -> OK ["12D3KooW...", ...]
//   findPeer <peer id>            -> OK {"id":"12D3KooW...","multiaddrs":[...],"from":"<peer that answered>"}
//   kadPeers                      -> OK <routing table size>
//   quit                          -> OK bye, then exits
import '../js/polyfill.mjs'
import { createInterface } from 'node:readline'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { gossipsub } from '@chainsafe/libp2p-gossipsub'
import { kadDHT, passthroughMapper } from '@libp2p/kad-dht'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'

const kadProtocol = process.env.KAD_PROTOCOL ?? '/ipfs/kad/1.0.0'

const node = await createLibp2p({
  addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
  transports: [tcp()],
  connectionEncrypters: [noise()],
  streamMuxers: [yamux()],
  services: {
    identify: identify({ agentVersion: 'js-pubsub-interop/1.0' }),
    ping: ping(),
    pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false }),
    dht: kadDHT({ protocol: kadProtocol, clientMode: false, peerInfoMapper: passthroughMapper })
  }
})

const received = new Map()
node.services.pubsub.addEventListener('message', (event) => {
  const { topic, from, data } = event.detail
  received.set(topic, [...(received.get(topic) ?? []), { from: from?.toString(), data: new TextDecoder().decode(data) }])
})

const commands = {
  dial: async (addr) => (await node.dial(multiaddr(addr))).remotePeer.toString(),
  subscribe: async (topic) => { node.services.pubsub.subscribe(topic); return topic },
  publish: async (topic, ...words) => {
    const result = await node.services.pubsub.publish(topic, new TextEncoder().encode(words.join(' ')))
    return result.recipients.length
  },
  received: async (topic) => JSON.stringify(received.get(topic) ?? []),
  mesh: async (topic) => JSON.stringify(node.services.pubsub.getMeshPeers(topic)),
  findPeer: async (peer) => {
    for await (const event of node.services.dht.findPeer(peerIdFromString(peer), { signal: AbortSignal.timeout(10000) })) {
      if (event.name === 'FINAL_PEER') {
        return JSON.stringify({ id: event.peer.id.toString(), multiaddrs: event.peer.multiaddrs.map(a => a.toString()), from: event.from.toString() })
      }
    }
    throw new Error(`the DHT did not find ${peer}`)
  },
  kadPeers: async () => node.services.dht.routingTable.size,
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
