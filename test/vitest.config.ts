import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PGlite is CPU-bound WebAssembly, more workers only contend.
    maxWorkers: 2,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // Every test: no Bot API call Telegram would refuse or show wrongly.
    setupFiles: ['test/helpers/setup.ts'],
  },
})
