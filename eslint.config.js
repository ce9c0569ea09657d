// One style for the whole tree: antfu's preset (2 spaces, single quotes, no
// semicolons). @antfu/eslint-config 6.x is the newest line that runs on Node 20.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    type: 'app',
    ignores: ['src/generated/**', 'data/**', 'prisma/migrations/**', '**/*.md'],
  },
  {
    rules: {
      // `process` and `Buffer` are Node's globals here; importing them adds nothing.
      'node/prefer-global/process': ['error', 'always'],
      'node/prefer-global/buffer': ['error', 'always'],
      // Test setup reads best as one line: beforeAll(async () => { db = await … }).
      'style/max-statements-per-line': ['error', { max: 2 }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Entry points and command-line scripts: top-level await and the terminal are theirs.
    files: ['src/main.ts', 'src/db/cli.ts', 'prisma/*.mjs', 'test/bench/**', 'test/**/*-process.ts'],
    rules: { 'antfu/no-top-level-await': 'off', 'no-console': 'off' },
  },
)
