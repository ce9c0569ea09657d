// Bot features import the escaper from here; it lives in src/html.ts so that
// delivery/ can use the same one without reaching into bot/.
export { escapeHtml } from '../../html.js'
