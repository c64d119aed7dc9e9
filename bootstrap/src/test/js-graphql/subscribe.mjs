// Subscribes to a project's changes through the stock graphql-ws client (protocol graphql-transport-ws),
// authenticating with connectionParams as a browser would, and prints one JSON line per event:
//   {"event":"connected"}  {"event":"next","payload":{...}}  {"event":"error","errors":[...]}  {"event":"closed","code":N}
// Usage: node subscribe.mjs ws://127.0.0.1:PORT/graphql ACCESS_TOKEN PROJECT_ID
// Exits 0 after the first event, 2 on an error.
import { createClient } from 'graphql-ws'
import WebSocket from 'ws'

const [url, token, projectId] = process.argv.slice(2)
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n')

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (event) => print({ event: 'closed', code: event?.code })
  }
})

client.subscribe(
  {
    query: `subscription($p: ID!) { projectChanges(projectId: $p) { projectId collection documentId fields origin } }`,
    variables: { p: projectId }
  },
  {
    next: (payload) => {
      print({ event: 'next', payload })
      client.dispose()
      process.exit(0)
    },
    error: (errors) => {
      print({ event: 'error', errors: Array.isArray(errors) ? errors : [{ message: String(errors?.message ?? errors) }] })
      client.dispose()
      process.exit(2)
    },
    complete: () => print({ event: 'complete' })
  }
)
