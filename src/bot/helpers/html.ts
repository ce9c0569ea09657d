// Bot features import the escaper (and clipHtml) from here; they live in
// src/html.ts so that delivery/ can use the same ones without reaching into bot/.
export { clipHtml, escapeHtml } from '../../html.js'
