// Trims a production install (`npm ci --omit=dev`) to what the program loads,
// for the Docker image. Run in the folder holding package-lock.json and node_modules.
//  1. `--omit=dev` keeps packages the lockfile marks `devOptional`: dev
//     dependencies that are also optional (peer) dependencies of a production
//     one. @prisma/client lists `prisma` and `typescript` as optional peers, so
//     the Prisma CLI, its studio (react, react-dom), effect, typescript… stay.
//     Nothing at run time needs them: they are removed here.
//  2. @prisma/client ships a query compiler for every database, twice (fast and
//     small); the generated client loads the fast PostgreSQL one only.
//  3. Source maps, type declarations and Markdown: nothing loads them at run time.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
let removed = 0
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path && entry.devOptional && existsSync(path)) {
    rmSync(path, { recursive: true, force: true })
    removed++
  }
}

const runtime = 'node_modules/@prisma/client/runtime'
let trimmed = 0
if (existsSync(runtime)) {
  for (const name of readdirSync(runtime)) {
    const unused = (name.startsWith('query_compiler_') && !name.startsWith('query_compiler_fast_bg.postgresql.'))
      || name.startsWith('wasm-compiler-edge')
    if (unused) {
      rmSync(join(runtime, name), { force: true })
      trimmed++
    }
  }
}

const notLoaded = /\.(?:map|d\.[cm]?ts|md)$/
let files = 0
function sweep(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      sweep(path)
    }
    else if (entry.isFile() && notLoaded.test(entry.name)) {
      rmSync(path, { force: true })
      files++
    }
  }
}
sweep('node_modules')

// Links to removed commands, and npm's record of the tree as installed.
const bin = 'node_modules/.bin'
if (existsSync(bin)) {
  for (const name of readdirSync(bin)) {
    try {
      statSync(join(bin, name))
    }
    catch {
      rmSync(join(bin, name), { force: true })
    }
  }
}
rmSync('node_modules/.package-lock.json', { force: true })
process.stdout.write(`runtime prune: ${removed} dev-only packages removed, ${trimmed} unused Prisma query compilers removed, ${files} maps, typings and docs removed\n`)
