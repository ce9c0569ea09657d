// A Ukrainian hospital's side, through the real bot: a need drafted, previewed
// in both languages and published; the volunteers reviewed (licence verified
// with a note, invited with dates, or declined with a reason); rights checked on
// every command and button, forged ones included; the monthly report.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDay } from '../../src/time/dates.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createNeed, createPerson } from '../helpers/fixtures.js'
import { callback, person, photo, text } from '../helpers/updates.js'

let db: Database
let kharkiv: number
let lviv: number
let partner: number
beforeAll(async () => {
  db = await createTestDatabase()
  kharkiv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Kharkiv Regional Hospital', nameUk: 'Харківська обласна лікарня', cityEn: 'Kharkiv', cityUk: 'Харків' })).id
  lviv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv First Medical Union', nameUk: 'Перше медичне об\'єднання Львова', cityEn: 'Lviv', cityUk: 'Львів' })).id
  partner = (await createHospital(db.prisma, { kind: 'partner', country: 'DE', nameEn: 'Charité' })).id
})
afterAll(async () => { await db?.close() })

let tg = 50_000
async function coordinatorOf(locale: 'en' | 'uk', ...hospitalIds: number[]) {
  const user = await createPerson(db.prisma, ++tg, { locale })
  for (const id of hospitalIds)
    await assignCoordinator(db.prisma, user.id, id)
  return { user, who: person(tg, locale) }
}
const sent = (calls: Array<{ method: string, payload: any }>) => calls.filter(c => c.method === 'sendMessage' || c.method === 'editMessageText').map(c => c.payload.text as string)

describe('/needs: a hospital publishes a need', () => {
  it('when a Kharkiv coordinator describes a need in Ukrainian with mistakes, then each is re-asked, the preview shows both languages, and it is published', async () => {
    const { who } = await coordinatorOf('uk', kharkiv)
    const t = createTestBot(db)
    await t.send(text(who, '/needs'))
    const [list] = t.take()
    expect(list.payload.text).toBe('🆘 У ваших лікарень ще немає потреб. Опишіть одну: іноземний фахівець відгукнеться кількома дотиками.')
    expect(buttons(list)).toEqual([[['➕ Нова потреба', 'vn:n']], [['🧑‍⚕️ Волонтерів на розгляд немає', 'vr:n:0']]])
    // One Ukrainian hospital: it is not asked.
    await t.send(callback(who, 'vn:n'))
    const [, specialty] = t.take()
    expect(specialty.payload.text).toBe('🩺 Яка спеціальність?')
    await t.send(callback(who, 'k:spec:v:traumatology'))
    t.take()
    await t.send(photo(who), text(who, 'x'.repeat(121)), text(who, 'Травматологія <ВІТ>'), text(who, 'Trauma surgery <ICU>'))
    expect(t.texts()).toEqual([
      'Будь ласка, дайте відповідь текстовим повідомленням, до 120 символів, або надішліть /cancel, щоб зупинитися.',
      'Це 121 символ; можна не більше ніж 120. Скоротіть, будь ласка, і надішліть знову.',
      'Відділення <b>англійською</b>, робочою мовою більшості волонтерів (до 120 символів).',
      '📅 З якого дня? Надішліть дату так: 2027-03-01, 01.03.2027 або 01/03/2027.',
    ])
    const [from, to] = [kyivDay(t.clock, 30), kyivDay(t.clock, 60)]
    await t.send(text(who, kyivDay(t.clock, 0)), text(who, dotted(from)), text(who, from), text(who, to))
    expect(t.texts()).toEqual([
      'Період має починатися після сьогодні й закінчуватися після початку. Надішліть іншу дату.',
      '📅 До якого дня?',
      'Період має починатися після сьогодні й закінчуватися після початку. Надішліть іншу дату.',
      '🗣 Якими мовами говорять у відділенні? Позначте їх і натисніть «Готово».',
    ])
    await t.send(callback(who, 'k:langs:v:uk'), callback(who, 'k:langs:v:en'), callback(who, 'k:langs:d'), callback(who, 'k:room:v:yes'), callback(who, 'k:transl:v:no'))
    t.take()
    await t.send(text(who, 'Укриття в підвалі, комендантська година з 00:00.'), text(who, 'Shelter in the basement, curfew from midnight.'))
    const [preview, save] = t.take().slice(-2)
    expect(preview.payload.text).toBe([
      '👀 <b>Попередній перегляд</b>: так це виглядатиме обома мовами.',
      '',
      '🇺🇦 🆘 <b>Травматологія</b> · Травматологія &lt;ВІТ&gt;',
      '🏥 🇺🇦 Харківська обласна лікарня · Харків',
      `📅 ${formatDay('uk', from)} – ${formatDay('uk', to)}`,
      '🗣 Мови у відділенні: Українська, Англійська',
      '🏠 Житло надається',
      '🧑‍🏫 Без перекладача',
      '⚠️ Безпека: Укриття в підвалі, комендантська година з 00:00.',
      '',
      '🇬🇧 🆘 <b>Traumatology</b> · Trauma surgery &lt;ICU&gt;',
      '🏥 🇺🇦 Kharkiv Regional Hospital · Kharkiv',
      `📅 ${formatDay('en', from)} – ${formatDay('en', to)}`,
      '🗣 Spoken on the ward: Ukrainian, English',
      '🏠 Accommodation provided',
      '🧑‍🏫 No translator',
      '⚠️ Security: Shelter in the basement, curfew from midnight.',
    ].join('\n'))
    expect(buttons(save)).toEqual([[['💾 Зберегти чернетку', 'k:save:v:yes'], ['🗑 Скасувати', 'k:save:v:no']]])
    await t.send(callback(who, 'k:save:v:yes'))
    const draft = await db.prisma.need.findFirstOrThrow({ where: { hospitalId: kharkiv, departmentEn: 'Trauma surgery <ICU>' } })
    const saved = t.take().at(-1)!
    expect(saved.payload.text).toBe(`💾 Збережено як чернетку #${draft.id}. Опублікуйте її, щоб іноземні фахівці могли відгукнутися.`)
    expect(buttons(saved)).toEqual([[['🚀 Опублікувати', `vn:p:${draft.id}`]], [['📋 Усі потреби', 'vn:l']]])
    expect(draft).toMatchObject({ status: 'draft', specialty: 'traumatology', wardLanguages: ['uk', 'en'], accommodation: true, translator: false })
    expect(draft.startsOn.toISOString().slice(0, 10)).toBe(from)

    await t.send(callback(who, `vn:p:${draft.id}`))
    const [answer, card] = t.take()
    expect(answer.payload.text).toBe('Опубліковано: волонтери вже можуть відгукнутися.')
    expect(card.method).toBe('editMessageText')
    expect(card.payload.text.split('\n')[0]).toBe(`🆘 <b>Потреба #${draft.id}</b> · відкрита`)
    expect(buttons(card)).toEqual([[['🔗 Посилання для волонтерів', `https://t.me/medtwin_test_bot?start=v${draft.id}`]], [['⏸ Закрити', `vn:z:${draft.id}`]], [['📋 Усі потреби', 'vn:l']]])
    // Published twice (a stale button): told, not changed.
    await t.send(callback(who, `vn:p:${draft.id}`))
    expect(t.take()).toMatchObject([{ payload: { text: 'Цього вже не можна зробити: статус потреби змінився. Відкрийте /needs ще раз.', show_alert: true } }])
  })

  it('when an English coordinator of two hospitals opens /needs, then they pick the hospital (Ukrainian ones only), and close an open need', async () => {
    const { who } = await coordinatorOf('en', kharkiv, lviv, partner)
    const open = await createNeed(db.prisma, lviv, { specialty: 'anaesthesiology', departmentEn: 'Anaesthesiology and ICU', departmentUk: 'Анестезіологія' })
    const t = createTestBot(db)
    await t.send(text(who, '/needs'))
    const [list] = t.take()
    expect(list.payload.text).toBe('🆘 <b>Needs for foreign specialists</b>')
    expect(buttons(list)).toContainEqual([[`🟢 #${open.id} Anaesthesiology · Lviv`, `vn:v:${open.id}`]])
    await t.send(callback(who, `vn:v:${open.id}`))
    const [, card] = t.take()
    expect(card.payload.text).toContain(`🆘 <b>Need #${open.id}</b> · open\n\n🇺🇦 🆘 <b>Анестезіологія</b> · Анестезіологія`)
    expect(card.payload.text).toContain('🇬🇧 🆘 <b>Anaesthesiology</b> · Anaesthesiology and ICU\n🏥 🇺🇦 Lviv First Medical Union · Lviv')
    await t.send(callback(who, `vn:z:${open.id}`))
    expect(t.take()[0].payload.text).toBe('Closed: no more applications.')
    expect((await db.prisma.need.findUniqueOrThrow({ where: { id: open.id } })).status).toBe('closed')
    await t.send(callback(who, 'vn:n'))
    const [, pick] = t.take()
    expect(pick.payload.text).toBe('🏥 Which hospital needs a specialist?')
    expect(buttons(pick)).toEqual([[['🇺🇦 Kharkiv Regional Hospital', `k:hosp:v:${kharkiv}`]], [['🇺🇦 Lviv First Medical Union', `k:hosp:v:${lviv}`]]])
    await t.send(text(who, '/cancel'))
    expect(t.texts()).toEqual(['Cancelled. Nothing was saved.'])
  })

  it('when someone without the right sends /needs or a forged button, then they are refused, and nothing changes', async () => {
    const need = await createNeed(db.prisma, kharkiv, { status: 'draft' })
    const t = createTestBot(db)
    const nobody = person(++tg, 'en')
    await t.send(text(nobody, '/needs'), callback(nobody, `vn:p:${need.id}`), callback(nobody, 'vn:n'))
    expect(t.take().map(c => c.payload.text)).toEqual([
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
    ])
    // Lviv's coordinator may not publish Kharkiv's need; a partner abroad publishes none.
    const { who: lvivCoordinator } = await coordinatorOf('uk', lviv)
    await t.send(callback(lvivCoordinator, `vn:p:${need.id}`), callback(lvivCoordinator, `vn:v:${need.id}`), callback(lvivCoordinator, 'vn:p:999999'))
    expect(t.take().map(c => c.payload.text)).toEqual([
      '🔒 Це належить координаторам іншої лікарні. Нічого не змінено.',
      '🔒 Це належить координаторам іншої лікарні. Нічого не змінено.',
      'Ця кнопка вже недійсна. Відкрийте меню знову.',
    ])
    expect((await db.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe('draft')
    const { who: abroad } = await coordinatorOf('en', partner)
    await t.send(callback(abroad, 'vn:n'))
    expect(sent(t.take())).toEqual(['Needs are published by a Ukrainian hospital\'s coordinator, and you coordinate none.'])
    const refusals = await db.prisma.auditLog.count({ where: { action: { startsWith: 'refused:' }, entityId: String(need.id) } })
    expect(refusals).toBe(2)
  })
})
