// A bar chart of participants per month: drawn as SVG, rendered to PNG on the
// server by resvg (an npm package); nothing is downloaded at run time.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { escapeHtml } from './html.js'

export interface ChartData {
  title: string
  labels: string[]
  values: number[]
  /** Shown above each bar instead of its value (e.g. "<3"). */
  valueLabels?: string[]
}

export function renderBarChart({ title, labels, values, valueLabels }: ChartData): string {
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
      `<text x="${x + w / 2}" y="${y - 6}" text-anchor="middle" font-size="14">${escapeHtml(valueLabels?.[i] ?? String(v))}</text>`,
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

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')

/**
 * The chart as a PNG that Telegram shows inline, rendered by resvg with the
 * DejaVu fonts shipped in an npm package (Cyrillic included; the server needs
 * no system fonts and nothing is downloaded).
 */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: 1280 },
    font: {
      loadSystemFonts: false,
      fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
  return Buffer.from(resvg.render().asPng())
}
