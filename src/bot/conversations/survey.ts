// The survey at the end of a placement: teaching, supervision, organisation
// and safety rated 1-5 with buttons, then one optional comment; then the
// portfolio PDF comes as a direct reply (the survey is its gate).
import type { SurveyAspect, SurveyRatings } from '../../domain/survey.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { maxSurveyComment, surveyAspects } from '../../domain/survey.js'
import { sendPortfolio } from '../helpers/portfolio-send.js'
import { openFlow } from './kit/questions.js'

export const surveyId = 'placement-survey'

const scores = ['1', '2', '3', '4', '5'] as const

export async function survey(conversation: BotConversation, ctx: ConversationContext, placementId: number) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('survey-cancelled') })
  const ratings: Partial<Record<SurveyAspect, number>> = {}
  for (const [i, aspect] of surveyAspects.entries()) {
    const question = `${i === 0 ? `${kit.t('survey-intro')}\n\n` : ''}${kit.t(`survey-ask-${aspect}`)}`
    const score = await kit.pick({ code: `rate-${aspect}`, question, options: scores.map(s => [s, s]), columns: 5, cancelButton: true })
    ratings[aspect] = Number(score)
  }
  const comment = await kit.text({ code: 'comment', question: kit.t('survey-ask-comment', { max: maxSurveyComment }), max: maxSurveyComment, skip: true, cancelButton: true })
  await kit.commit(outer => outer.domain.survey.submit(outer.user!.id, placementId, ratings as SurveyRatings, comment))
  await kit.reply(kit.t('survey-thanks'))
  await kit.external((outer: BotContext) => sendPortfolio(outer, placementId, { answer: false }))
}
