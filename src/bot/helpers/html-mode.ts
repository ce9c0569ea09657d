// An API transformer: every outgoing text or caption is HTML unless the call
// says otherwise (a parse_mode key set to undefined says nothing: JSON drops it).
// (@grammyjs/parse-mode v2 no longer ships this transformer.)
import type { Transformer } from 'grammy'

const methods = new Set(['sendMessage', 'editMessageText', 'sendPhoto', 'sendDocument', 'sendVideo', 'sendAudio', 'sendVoice', 'sendAnimation', 'editMessageCaption', 'copyMessage'])

export const htmlMode: Transformer = (prev, method, payload, signal) => {
  if (methods.has(method) && payload && (payload as { parse_mode?: unknown }).parse_mode === undefined)
    payload = { ...payload, parse_mode: 'HTML' }
  return prev(method, payload, signal)
}
