// /newevent: a coordinator describes a joint event step by step (organiser,
// kind, titles and descriptions in both languages, start day and time in the
// programme's zone, last day, place and/or online link, language, seats), sees
// the card as Ukrainian and English readers will, and saves a draft to publish.
// The rights and the rules are checked again when it is saved.
import type { EventInput } from '../../domain/events-admin.js'
import type { EventLanguage, EventView } from '../../domain/events.js'
import type { EventKind } from '../../generated/prisma/client.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { eventLimits, isEventUrl } from '../../domain/events-admin.js'
import { eventKinds, eventLanguages } from '../../domain/events.js'
import { zonedTime } from '../../time/zones.js'
import { renderEvent } from '../helpers/event-card.js'
import { hospitalName } from '../helpers/format.js'
import { openFlow } from './kit/questions.js'

export const newEventId = 'new-event'

const timePattern = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/

export async function newEvent(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const { t, locale } = kit
  const limits = eventLimits
  const { hospitals, zone } = await kit.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return { hospitals: await outer.domain.eventsAdmin.organisers(rights), zone: outer.config.timezone }
  })
  if (hospitals.length === 0)
    return ctx.reply(t('new-no-hospitals'))
  const hospitalId = hospitals.length === 1
    ? String(hospitals[0].id)
    : await kit.pick({ code: 'org', question: t('newevent-ask-hospital'), options: hospitals.map(h => [hospitalName(h, locale), String(h.id)] as [string, string]), perPage: 10 })
  const hospital = hospitals.find(h => String(h.id) === hospitalId)!
  const kind = await kit.pick<EventKind>({ code: 'kind', question: t('newevent-ask-kind'), options: eventKinds.map(k => [`${t(`events-icon-${k}`)} ${t(`events-kind-${k}`)}`, k]), columns: 2 })
  const titleUk = await kit.text({ code: 'title_uk', question: t('newevent-ask-title-uk', { limit: limits.title }), max: limits.title })
  const titleEn = await kit.text({ code: 'title_en', question: t('newevent-ask-title-en', { limit: limits.title }), max: limits.title })
  const descriptionUk = await kit.text({ code: 'desc_uk', question: t('newevent-ask-description-uk', { limit: limits.description }), max: limits.description })
  const descriptionEn = await kit.text({ code: 'desc_en', question: t('newevent-ask-description-en', { limit: limits.description }), max: limits.description })
  const today = await kit.today()
  const startDay = await kit.date({ code: 'day', question: t('newevent-ask-day'), check: day => day < today ? t('events-refused-start-past') : null })
  const now = await kit.now()
  const time = await kit.text({
    code: 'time',
    question: t('newevent-ask-time', { zone }),
    max: 5,
    parse: (text) => {
      const m = timePattern.exec(text)
      if (!m)
        return { problem: t('newevent-bad-time') }
      const [y, mo, d] = startDay.split('-').map(Number)
      const at = zonedTime(zone, y, mo, d, Number(m[1]), Number(m[2]))
      return at > now ? { value: at.toISOString() } : { problem: t('events-refused-start-past') }
    },
  })
  const endsOn = await kit.date({ code: 'ends', question: t('newevent-ask-ends'), skip: true, check: day => day < startDay ? t('events-refused-end') : null })
  const place = await kit.text({ code: 'place', question: t('newevent-ask-place', { limit: limits.place }), max: limits.place, skip: true })
  const onlineUrl = await kit.text({
    code: 'url',
    question: t(place ? 'newevent-ask-url-optional' : 'newevent-ask-url'),
    max: limits.url,
    skip: place !== null,
    parse: text => isEventUrl(text) ? { value: text } : { problem: t('events-refused-url') },
  })
  const language = await kit.pick<EventLanguage>({ code: 'lang', question: t('newevent-ask-language'), options: eventLanguages.map(l => [t(`events-language-${l}`), l]) })
  const seats = await kit.number({ code: 'seats', question: t('newevent-ask-seats', { max: limits.seats }), min: 1, max: limits.seats })

  const input: EventInput = { hospitalId: hospital.id, kind, titleUk, titleEn, descriptionUk, descriptionEn, startsAt: time, endsOn: endsOn === null || endsOn === startDay ? null : endsOn, place, onlineUrl, language, seats }
  const preview = await kit.external((outer: BotContext) => {
    const view: EventView = { ...input, id: 0, hospital, status: 'draft', registered: 0, waitlisted: 0 }
    const card = (l: 'uk' | 'en') => renderEvent((key, params) => outer.render(l, key, params), l, view, outer.user?.timezone ?? zone)
    return { uk: card('uk'), en: card('en') }
  })
  await ctx.reply(`${t('newevent-preview-uk')}\n\n${preview.uk}`)
  await ctx.reply(`${t('newevent-preview-en')}\n\n${preview.en}`)
  const save = await kit.confirm({ code: 'save', question: t('newevent-ask-save'), yes: t('new-button-save'), no: t('new-button-discard') })
  if (!save)
    return ctx.reply(t('coord-flow-cancelled'))
  const saved = await kit.commit((outer, rights) => outer.domain.eventsAdmin.createDraft(outer.user!.id, rights, input, startDay, outer.clock()))
  await ctx.reply(t('newevent-saved', { id: saved.id }), {
    reply_markup: InlineKeyboard.from([[InlineKeyboard.text(t('events-button-publish'), `ea:p:${saved.id}`), InlineKeyboard.text(t('events-button-edit'), `ea:e:${saved.id}`)], [InlineKeyboard.text(t('events-button-cancel-event'), `ea:x:${saved.id}`)]]),
  })
}
