// The benchmark's one table: rows of (section, measure, PGlite, PostgreSQL), printed, written
// into README's Performance section between markers, and the ratios compared with
// test/bench/baseline.json (ratios only: a slower machine must not fail the check).
import { readFile, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'

export interface Row { section: string, measure: string, pglite: string, postgres: string }

/** A ratio the check compares; `better` says which way is good. */
export interface Ratio {
  key: string
  value: number
  better: 'lower' | 'higher'
  /**
   * false: in the baseline and the table, never checked. "× a bare grammY bot" divides by a
   * sub-millisecond time that moves ~10× with the machine's load (1.09 ms loaded, 0.12 ms quiet),
   * far more than the bot's own time does: checking it fails quiet machines.
   */
  check?: boolean
}

export interface Baseline { machine: string, mode: string, ratios: Record<string, number> }

export const readmeStart = '<!-- bench:start -->'
export const readmeEnd = '<!-- bench:end -->'

export function machine(): string {
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, ${process.platform}`
}

export function markdownTable(rows: Row[]): string {
  const lines = ['| | measure | PGlite | PostgreSQL |', '| --- | --- | --- | --- |']
  let section = ''
  for (const row of rows) {
    lines.push(`| ${row.section === section ? '' : `**${row.section}**`} | ${row.measure} | ${row.pglite} | ${row.postgres} |`)
    section = row.section
  }
  return lines.join('\n')
}

export function consoleTable(rows: Row[]): string {
  const cells = [['', 'measure', 'PGlite', 'PostgreSQL'], ...rows.map(row => [row.section, row.measure, row.pglite, row.postgres])]
  const widths = cells[0].map((_, i) => Math.max(...cells.map(line => line[i].length)))
  const line = (cols: string[]) => cols.map((col, i) => col.padEnd(widths[i])).join(' │ ')
  return [line(cells[0]), widths.map(w => '─'.repeat(w)).join('─┼─'), ...cells.slice(1).map(line)].join('\n')
}

/** Replaces what is between the markers in README.md (adds the section when missing). */
export async function writeReadme(path: string, markdown: string) {
  const readme = await readFile(path, 'utf8')
  const block = `${readmeStart}\n${markdown}\n${readmeEnd}`
  const start = readme.indexOf(readmeStart)
  const end = readme.indexOf(readmeEnd)
  const next = start >= 0 && end > start
    ? readme.slice(0, start) + block + readme.slice(end + readmeEnd.length)
    : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`
  await writeFile(path, next)
}

/**
 * Ratios worse than the baseline by more than `factor` (2×): lower-is-better ratios that
 * grew, higher-is-better ones that shrank. Ratios missing on either side are skipped.
 */
export function regressions(ratios: Ratio[], baseline: Baseline, factor = 2): string[] {
  const found: string[] = []
  for (const { key, value, better, check } of ratios) {
    const base = baseline.ratios[key]
    if (check === false)
      continue
    if (base === undefined || !Number.isFinite(value) || !Number.isFinite(base) || base <= 0)
      continue
    const worse = better === 'lower' ? value / base : base / Math.max(value, 1e-9)
    if (worse > factor)
      found.push(`${key}: ${value.toFixed(3)} against ${base.toFixed(3)} in the baseline (${worse.toFixed(1)}× worse)`)
  }
  return found
}
