// Which callback queries got an answer, whichever Api answered them: the
// update's own, or the fresh one a conversation builds for each update. The
// error boundary reads it, so a button a flow already answered is not answered
// a second time (Telegram refuses that). Bounded: the oldest ids are forgotten.
import type { Transformer } from 'grammy'

const remembered = 10_000
const answered = new Set<string>()

export function wasAnswered(callbackQueryId: string) {
  return answered.has(callbackQueryId)
}

export const recordCallbackAnswers: Transformer = (prev, method, payload, signal) => {
  if (method === 'answerCallbackQuery') {
    const id = (payload as { callback_query_id?: string }).callback_query_id
    if (id !== undefined) {
      answered.add(id)
      if (answered.size > remembered)
        answered.delete(answered.values().next().value!)
    }
  }
  return prev(method, payload, signal)
}
