// Runs `npm ci` unless node_modules already holds exactly what package-lock.json pins. Never fails the build:
// without the registry the stock-client test skips itself and says why. Called by Maven in generate-test-resources.
import { existsSync, readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'

const pinned = (file) => {
  const packages = JSON.parse(readFileSync(file, 'utf8')).packages ?? {}
  return JSON.stringify(Object.entries(packages).filter(([path]) => path !== '')
    .map(([path, p]) => [path, p.version, p.integrity]).sort())
}

if (existsSync('node_modules/.package-lock.json') &&
    pinned('node_modules/.package-lock.json') === pinned('package-lock.json')) {
  console.log('graphql-ws client dependencies are up to date')
} else {
  try {
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', timeout: 300_000 })
  } catch (e) {
    console.log('npm ci failed (' + e.message.split('\n')[0] + '): the graphql-ws stock client test will be skipped')
  }
}
