// Small statistics for the benchmarks.

/** The p-th percentile (nearest rank) of `values`; NaN when empty. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].filter(v => !Number.isNaN(v)).sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

export function mean(values: number[]): number {
  const kept = values.filter(v => !Number.isNaN(v))
  return kept.length === 0 ? Number.NaN : kept.reduce((a, b) => a + b, 0) / kept.length
}
