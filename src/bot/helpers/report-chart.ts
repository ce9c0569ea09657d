// A bar chart of participants per month, drawn as SVG on the server: no chart
// library is installed and nothing is downloaded at run time.
import { escapeHtml } from './html.js'

export interface ChartData { title: string, labels: string[], values: number[] }

export function renderBarChart({ title, labels, values }: ChartData): string {
  const width = 640
  const height = 360
  const top = 60
  const bottom = 50
  const left = 40
  const plot = height - top - bottom
  const max = Math.max(1, ...values)
  const slot = (width - left - 20) / Math.max(1, values.length)
  const bars = values.map((v, i) => {
    const h = Math.round((v / max) * plot)
    const x = Math.round(left + i * slot + slot * 0.15)
    const w = Math.max(4, Math.round(slot * 0.7))
    const y = top + plot - h
    return [
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#0057b7"/>`,
      `<text x="${x + w / 2}" y="${y - 6}" text-anchor="middle" font-size="14">${v}</text>`,
      `<text x="${x + w / 2}" y="${height - bottom + 20}" text-anchor="middle" font-size="13">${escapeHtml(labels[i])}</text>`,
    ].join('')
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="32" text-anchor="middle" font-size="18" font-weight="bold">${escapeHtml(title)}</text>`,
    `<line x1="${left}" y1="${top + plot}" x2="${width - 20}" y2="${top + plot}" stroke="#888"/>`,
    ...bars,
    `<rect x="${left}" y="${height - 14}" width="${width - left - 20}" height="6" fill="#ffd700"/>`,
    '</svg>',
  ].join('\n')
}
