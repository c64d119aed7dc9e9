// Runs `npm ci` unless node_modules already holds exactly what package-lock.json pins (npm records the installed
// tree in node_modules/.package-lock.json). Called by Maven in generate-test-resources.
import { existsSync, readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'

const pinned = (file) => {
  const packages = JSON.parse(readFileSync(file, 'utf8')).packages ?? {}
  return JSON.stringify(Object.entries(packages).filter(([path]) => path !== '')
    .map(([path, p]) => [path, p.version, p.integrity]).sort())
}

if (existsSync('node_modules/.package-lock.json') &&
    pinned('node_modules/.package-lock.json') === pinned('package-lock.json')) {
  console.log('js interop dependencies are up to date')
} else {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
}
