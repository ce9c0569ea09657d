// The benchmark's check and its README block: ratios only, 2× either way, the table between markers.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownTable, readmeEnd, readmeStart, regressions, writeReadme } from './report.js'

const baseline = { machine: 'x', mode: 'quick', ratios: { 'help × bare': 10, 'rate × configured': 0.98, 'gone': 1 } }

describe('bench check', () => {
  it('fails only on ratios more than 2× worse, in the direction that is worse', () => {
    expect(regressions([{ key: 'help × bare', value: 19.9, better: 'lower' }, { key: 'rate × configured', value: 0.5, better: 'higher' }], baseline)).toEqual([])
    const found = regressions([{ key: 'help × bare', value: 20.5, better: 'lower' }, { key: 'rate × configured', value: 0.45, better: 'higher' }, { key: 'new', value: 100, better: 'lower' }], baseline)
    expect(found).toHaveLength(2)
    expect(found[0]).toContain('help × bare: 20.500 against 10.000')
    expect(found[1]).toContain('rate × configured: 0.450 against 0.980')
    // Ratios marked report-only are never checked.
    expect(regressions([{ key: 'help × bare', value: 1000, better: 'lower', check: false }], baseline)).toEqual([])
    // Better by any factor is fine.
    expect(regressions([{ key: 'help × bare', value: 1, better: 'lower' }, { key: 'rate × configured', value: 5, better: 'higher' }], baseline)).toEqual([])
  })

  it('writes one table between the README markers, replacing the last one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-readme-'))
    try {
      const path = join(dir, 'README.md')
      await writeFile(path, `# T\n\n## Performance\n\n${readmeStart}\nold\n${readmeEnd}\n\n## Next\n`)
      await writeReadme(path, markdownTable([{ section: 'memory', measure: 'RSS idle', pglite: '200 MB', postgres: '120 MB' }]))
      const text = await readFile(path, 'utf8')
      expect(text).not.toContain('old')
      expect(text).toContain('| **memory** | RSS idle | 200 MB | 120 MB |')
      expect(text.indexOf('## Next')).toBeGreaterThan(text.indexOf(readmeEnd))
      expect(text.split(readmeStart)).toHaveLength(2)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
