import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrivacyRepository } from '../../src/domain/privacy.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestClock, testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { parseTelegramHtml } from '../helpers/telegram-validate.js'
import { callback, myChatMember, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

/** A person with a full record: profile, documents, alerts, and applications in several states. */
async function personWithApplications(telegramId: number, locale: 'en' | 'uk') {
  const p = db.prisma
  const user = await p.user.create({ data: { telegramId: BigInt(telegramId), firstName: 'Olena', lastName: 'K', username: 'olena', locale } })
  const host = await p.hospital.create({ data: { slug: `host-${telegramId}`, kind: 'partner', nameUk: 'Лікарня', nameEn: 'Hospital', cityUk: 'Вроцлав', cityEn: 'Wroclaw', country: 'PL' } })
  const coordinator = await p.user.create({ data: { telegramId: BigInt(telegramId * 10), locale: 'uk' } })
  await p.coordinatorAssignment.create({ data: { userId: coordinator.id, hospitalId: host.id } })
  const opportunity = (n: number) => p.opportunity.create({ data: { hostHospitalId: host.id, titleUk: `Стажування ${n}`, titleEn: `Internship ${n}`, descriptionUk: '-', descriptionEn: '-', startsOn: new Date('2027-03-01'), endsOn: new Date('2027-03-31'), applicationDeadline: new Date('2027-01-01'), seats: 2, status: 'open' } })
  const apps = []
  for (const [n, status] of [[1, 'submitted'], [2, 'under_review'], [3, 'rejected']] as const)
    apps.push(await p.application.create({ data: { userId: user.id, opportunityId: (await opportunity(n)).id, status, answers: { motivation: 'I want to learn', phone: '+380501234567' }, submittedAt: new Date(testStart) } }))
  await p.profile.create({ data: { userId: user.id, kind: 'doctor', fullName: 'Olena Kovalenko', homeInstitutionText: 'Clinic', specialty: 'cardiology', experienceYears: 7, englishLevel: 'B2', phone: '+380501234567', onboardedAt: new Date(testStart) } })
  await p.document.create({ data: { userId: user.id, type: 'cv', fileId: 'f', fileUniqueId: 'u', fileName: 'cv.pdf', mimeType: 'application/pdf' } })
  await p.subscription.create({ data: { userId: user.id, specialties: ['cardiology'], countries: [] } })
  return { user, coordinator, apps }
}

describe('privacy', () => {
  it.each([
    ['en', 'Your data in MedTwin', ['📦 What is stored', '🎯 Why', '👀 Who sees it', '⏳ How long', '🗑 Erasing', '↩️ Summary']],
    ['uk', 'Ваші дані в MedTwin', ['📦 Що зберігається', '🎯 Навіщо', '👀 Хто бачить', '⏳ Як довго', '🗑 Видалення', '↩️ Коротко']],
  ] as const)('when a person sends /privacy (%s), then a short summary comes with a button per topic, and each topic opens in the same message', async (locale, title, labels) => {
    const me = person(locale === 'en' ? 501 : 502, locale)
    const t = createTestBot(db, { env: { OUTBOX_RETENTION_DAYS: '30' } })
    await t.send(text(me, '/privacy'))
    const [summary] = t.take()
    expect(summary.method).toBe('sendMessage')
    expect(summary.payload.text).toContain(title)
    expect(summary.payload.text).toContain('/mydata')
    expect(summary.payload.text).toContain('/deletedata')
    // A summary, not a wall: under a third of what it used to be.
    expect(parseTelegramHtml(summary.payload.text).length).toBeLessThan(400)
    expect(buttons(summary)).toEqual([
      [[labels[0], 'pv:t:s'], [labels[1], 'pv:t:w']],
      [[labels[2], 'pv:t:v'], [labels[3], 'pv:t:k']],
      [[labels[4], 'pv:t:e']],
    ])
    const topics: Record<string, string[]> = locale === 'en'
      ? { s: ['What is stored', 'Telegram id', 'learning portfolio'], w: ['To match you with internships'], v: ['coordinators of the hospitals you apply to', 'administrators'], k: ['While you use MedTwin', 'kept for 30 days'], e: ['open applications are withdrawn', 'anonymous statistics', 'without the Telegram id', '/mydata'] }
      : { s: ['Що зберігається', 'Telegram id', 'строк дії'], w: ['строки подання'], v: ['координатори лікарень', 'адміністратори'], k: ['Поки ви користуєтеся MedTwin', 'зберігаються 30 днів'], e: ['відкриті заявки відкликаються', 'анонімна статистика', 'без Telegram id', '/mydata'] }
    const seen = new Set<string>()
    for (const [letter, parts] of Object.entries(topics)) {
      await t.send(callback(me, `pv:t:${letter}`))
      const calls = t.take()
      expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery', 'editMessageText'])
      const page = calls[1].payload.text as string
      for (const part of parts)
        expect(page, `${locale} ${letter}`).toContain(part)
      expect(parseTelegramHtml(page).length).toBeLessThan(700)
      seen.add(page)
      // The other topics, then the way back; the open one is not offered again.
      const data = buttons(calls[1]).flat().map(([, d]) => d)
      expect(data).toEqual([...['s', 'w', 'v', 'k', 'e'].filter(l => l !== letter).map(l => `pv:t:${l}`), 'pv:t:0'])
      expect(buttons(calls[1]).flat().at(-1)![0]).toBe(labels[5])
      expect(data.every(d => Buffer.byteLength(d!) <= 64)).toBe(true)
    }
    expect(seen.size).toBe(5)
    await t.send(callback(me, 'pv:t:0'))
    expect(t.texts()).toEqual([summary.payload.text])
  })

  it('when a topic button is forged or stale, then it is answered and nothing is shown', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(599, 'en'), 'pv:t:zz'))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery'])
  })

  it('when a person asks for /mydata, then a JSON document is sent, with everything stored about them', async () => {
    const { user } = await personWithApplications(503, 'en')
    const t = createTestBot(db)
    await t.send(text(person(503, 'en'), '/mydata'))
    expect(t.take().map(c => c.method)).toEqual(['sendDocument'])
    const clock = createTestClock()
    const data = await createPrivacyRepository(db.prisma, clock).exportUserData(user.id) as any
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
    expect(data.exportedAt).toBe(clock().toISOString())
    expect(data).toMatchObject({ telegramId: '503', firstName: 'User503', profile: { fullName: 'Olena Kovalenko', phone: '+380501234567' }, documents: [{ type: 'cv', fileName: 'cv.pdf' }], subscription: { specialties: ['cardiology'] } })
    expect(data.applications).toHaveLength(3)
    expect(data.applications[0].answers).toEqual({ motivation: 'I want to learn', phone: '+380501234567' })
  })

  it('when a person erases their data, then open applications are withdrawn, coordinators get outbox rows, and personal fields are gone (uk)', async () => {
    const { user, coordinator, apps } = await personWithApplications(504, 'uk')
    const t = createTestBot(db)
    const me = person(504, 'uk')
    await t.send(text(me, '/deletedata'))
    const [ask] = t.take()
    expect(ask.payload.text).toContain('Видалити ваші персональні дані?')
    expect(buttons(ask)).toEqual([[['🗑 Так, видалити мої дані', 'pv:del']], [['↩️ Ні, залишити', 'pv:keep']]])
    await t.send(callback(me, 'pv:keep'))
    expect(t.texts()).toEqual(['Нічого не видалено.'])
    expect(await db.prisma.document.count({ where: { userId: user.id } })).toBe(1)

    await t.send(callback(me, 'pv:del'))
    expect(t.texts()).toEqual([
      '✅ Ваші персональні дані видалено. Відкликано 2 відкриті заявки.',
      'Ви й надалі можете користуватися MedTwin; надішліть /start, щоб створити новий профіль.',
    ])
    const after = await db.prisma.application.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' }, include: { statusChanges: true } })
    expect(after.map(a => a.status)).toEqual(['withdrawn', 'withdrawn', 'rejected'])
    expect(after.map(a => a.answers)).toEqual([{}, {}, {}])
    expect(after[0].statusChanges).toMatchObject([{ fromStatus: 'submitted', toStatus: 'withdrawn', reason: 'data-erasure' }])
    const outbox = await db.prisma.outboxMessage.findMany({ where: { userId: coordinator.id }, orderBy: { id: 'asc' } })
    expect(outbox.map(o => [o.chatId, o.kind, o.dedupeKey, o.template, o.locale, o.dueAt])).toEqual(apps.slice(0, 2).map(a => [
      5040n,
      'application-withdrawn-erasure',
      `application-withdrawn-erasure:${a.id}:${coordinator.id}`,
      'privacy-coordinator-withdrawn',
      'uk',
      t.clock(),
    ]))
    expect(t.i18n.t('uk', 'privacy-coordinator-withdrawn', outbox[0].params as any)).toBe(`ℹ️ Заявку №${apps[0].id} на «Стажування 1» відкликано: заявник видалив свої персональні дані.`)
    const erased = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { profile: true, documents: true, subscription: true } })
    expect(erased).toMatchObject({ username: null, firstName: null, lastName: null, erasedAt: t.clock(), documents: [], subscription: null })
    expect(erased.profile).toMatchObject({ kind: 'doctor', fullName: null, homeInstitutionText: null, specialty: null, experienceYears: null, englishLevel: null, phone: null, onboardedAt: null })

    // The erased row keeps no Telegram id; only /start makes a new person (a new row).
    expect(erased.telegramId).toBe(-BigInt(user.id))
    await t.send(text(me, '/start'))
    expect(t.texts()[0]).toContain('User504')
    const fresh = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 504n } })
    expect(fresh.id).not.toBe(user.id)
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).erasedAt).toBeInstanceOf(Date)
  })

  it('after erasure no later update brings the name back: a block is ignored, a message or a button gets one short answer (en, uk)', async () => {
    const { user } = await personWithApplications(505, 'en')
    await personWithApplications(506, 'uk')
    const t = createTestBot(db)
    const en = person(505, 'en', 'Olena')
    const uk = person(506, 'uk', 'Olena')
    await t.send(text(en, '/deletedata'), callback(en, 'pv:del'), text(uk, '/deletedata'), callback(uk, 'pv:del'))
    const after = t.take()
    expect(after.filter(c => c.method === 'sendMessage').at(-1)!.payload.reply_markup).toEqual({ remove_keyboard: true })
    const users = async () => db.prisma.user.findMany({ where: { OR: [{ telegramId: { in: [505n, 506n] } }, { firstName: 'Olena' }] } })
    expect(await users()).toEqual([])
    expect(await db.prisma.session.count({ where: { key: { in: ['505', '506'] } } })).toBe(0)
    expect(await db.prisma.conversationState.count({ where: { key: { in: ['505', '506'] } } })).toBe(0)

    await t.send(myChatMember(en, 'kicked'), myChatMember(en, 'member'))
    expect(t.take()).toEqual([])
    await t.send(text(en, 'hello'), text(en, '/my'), text(uk, '/help'))
    expect(t.take().map(c => [c.method, c.payload.chat_id, c.payload.text])).toEqual([
      ['sendMessage', 505, 'Your data was erased. Send /start to use MedTwin again.'],
      ['sendMessage', 505, 'Your data was erased. Send /start to use MedTwin again.'],
      ['sendMessage', 506, 'Ваші дані видалено. Надішліть /start, щоб знову користуватися MedTwin.'],
    ])
    await t.send(callback(en, 'my:o:1'))
    expect(t.take().map(c => [c.method, c.payload.text, c.payload.show_alert])).toEqual([['answerCallbackQuery', 'Your data was erased. Send /start to use MedTwin again.', true]])
    expect(await users()).toEqual([])
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ firstName: null, reachable: false, erasedAt: expect.any(Date) })
  })

  it('the command menu lists /mydata and /deletedata with descriptions in both languages', async () => {
    const t = createTestBot(db)
    const { publicCommands } = await import('../../src/bot/commands.js')
    expect(publicCommands).toContain('mydata')
    expect(publicCommands).toContain('deletedata')
    for (const locale of ['en', 'uk']) {
      for (const command of publicCommands)
        expect(t.i18n.t(locale, `command-${command}`)).not.toBe(`command-${command}`)
    }
  })
})
