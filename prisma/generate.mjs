// Generates the Prisma client without the native schema engine.
// `prisma generate` only checks that the engine binary exists (and would try
// to download it); generation itself runs on WebAssembly. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing executable skips the download.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
let cli
try {
  cli = require.resolve('prisma/build/index.js')
}
catch {
  // Production installs (npm ci --omit=dev) ship the generated client instead.
  console.log('prisma CLI not installed; skipping client generation')
  process.exit(0)
}
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', join(root, 'prisma/schema.prisma')], {
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
