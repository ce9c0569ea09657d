import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createPerson, createPlacement } from '../helpers/fixtures.js'
import { callback, person, photo, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

// The test clock starts on 1 December 2026 (Kyiv).
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

async function hostOf(placementId: number) {
  const p = await db.prisma.placement.findUniqueOrThrow({ where: { id: placementId }, include: { application: { include: { opportunity: true } } } })
  return p.application.opportunity.hostHospitalId
}

describe('adding a logbook entry', () => {
  it('when a person adds an entry from /portfolio, then the defaults take a tap each: kind, the placement\'s specialty, Today, the text, a photo (en)', async () => {
    const owner = await createPerson(db.prisma, 7301, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id, { start: -3, end: 10, titleEn: 'Oncology <ward>' })
    const user = person(7301, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/portfolio'))
    const [empty] = t.take()
    expect(empty.payload.text).toContain('📓 <b>Logbook: Oncology &lt;ward&gt;</b>')
    expect(empty.payload.text).toContain('Cases: 0 · Procedures: 0 · Skills: 0 · Teaching: 0 · Reflections: 0\n✅ Confirmed: 0 · ⏳ Pending: 0 · ↩️ Returned: 0\n\nNo entries yet.')
    expect(buttons(empty)).toEqual([[['➕ Add an entry', `lb:n:${p.id}`]]])

    await t.send(callback(user, `lb:n:${p.id}`))
    const [kind] = t.take().filter(c => c.method === 'sendMessage')
    expect(kind.payload.text).toBe('➕ <b>New logbook entry</b>. What was it?')
    expect(buttons(kind)).toEqual([
      [['🩺 Case seen', 'k:kind:v:case'], ['💉 Procedure', 'k:kind:v:procedure']],
      [['🧰 Skill practised', 'k:kind:v:skill'], ['🎓 Teaching attended', 'k:kind:v:teaching']],
      [['💭 Reflection', 'k:kind:v:reflection']],
      [['✖️ Cancel', 'k:kind:x']],
    ])
    await t.send(callback(user, 'k:kind:v:teaching'))
    const spec = t.take().find(c => c.method === 'sendMessage')!
    expect(spec.payload.text).toBe('Which specialty?')
    expect(buttons(spec)[0][0]).toEqual(['✔️ Oncology', 'k:spec:v:oncology'])
    await t.send(callback(user, 'k:spec:v:oncology'))
    const when = t.take().find(c => c.method === 'sendMessage')!
    expect(when.payload.text).toBe('When? Tap Today, or type a date like 01.03.2027.')
    expect(buttons(when).slice(0, 2)).toEqual([[['📅 Today, 1 December 2026', 'k:day:v:2026-12-01']], [['Yesterday, 30 November 2026', 'k:day:v:2026-11-30']]])
    await t.send(callback(user, 'k:day:v:2026-12-01'))
    const asked = t.texts()
    expect(asked.at(-2)).toContain('🔒 <b>Patient confidentiality</b>')
    expect(asked.at(-1)).toBe('Describe it in one message (up to 2000 characters).\n🔒 No patient names, dates of birth, phone or record numbers.')
    await t.send(text(user, 'Grand round on sepsis <qSOFA>'))
    expect(t.texts().at(-1)).toBe('📷 Add one photo (no faces, no documents of patients), or tap Skip.')
    await t.send(photo(user))
    const [saved] = t.take().filter(c => c.method === 'sendMessage')
    expect(saved.payload.text).toBe('✅ Added to your logbook. Your mentor will see it.')
    expect(buttons(saved)).toEqual([[['➕ Another entry', `lb:n:${p.id}`], ['📓 Logbook', `lb:p:${p.id}:0`]]])
    expect(await db.prisma.portfolioEntry.findMany({ where: { placementId: p.id }, select: { kind: true, specialty: true, happenedOn: true, text: true, photoFileId: true, review: true, procedureRole: true } })).toEqual([
      { kind: 'teaching', specialty: 'oncology', happenedOn: day('2026-12-01'), text: 'Grand round on sepsis <qSOFA>', photoFileId: 'photo-file', review: 'pending', procedureRole: null },
    ])
  })

  it('when a person adds a procedure from the placement card, then the role is asked, a typed date is checked, patient data is questioned and the photo skipped; the notice is not repeated (uk)', async () => {
    const owner = await createPerson(db.prisma, 7302, { locale: 'uk' })
    const p = await createPlacement(db.prisma, owner.id, { start: -10, end: 10 })
    const user = person(7302, 'uk')
    const t = createTestBot(db)
    await t.send(callback(user, `pl:a:${p.id}:procedure`))
    const role = t.take().find(c => c.method === 'sendMessage')!
    expect(role.payload.text).toBe('Як ви брали участь у процедурі?')
    expect(buttons(role)[0]).toEqual([['👀 Спостереження', 'k:role:v:observed'], ['🤝 Асистування', 'k:role:v:assisted'], ['✋ Самостійно', 'k:role:v:performed']])
    await t.send(callback(user, 'k:role:v:assisted'), callback(user, 'k:spec:v:general-surgery'))
    t.take()
    await t.send(text(user, 'вчора'), text(user, '20.11.2026'), text(user, '05.12.2026'), text(user, '25.11.2026'))
    const texts = t.texts()
    expect(texts.slice(0, 3)).toEqual([
      'Це не дата. Введіть її як 01.03.2027 або натисніть кнопку.',
      'Це раніше за початок стажування (21 листопада 2026 р.). Оберіть день від початку до сьогодні.',
      'Цей день ще не настав. Оберіть день до сьогодні.',
    ])
    expect(texts.at(-2)).toContain('🔒 <b>Конфіденційність пацієнтів</b>')
    expect(texts.at(-1)).toBe('Опишіть це одним повідомленням (до 2000 символів).\n🔒 Без імен пацієнтів, дат народження, телефонів і номерів карток.')

    await t.send(text(user, 'Дренування плеври, пацієнт 12.03.1985 р.н.'))
    const question = t.take().find(c => c.method === 'sendMessage')!
    expect(question.payload.text).toBe('⚠️ Схоже, у тексті є дата народження. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?')
    expect(buttons(question)).toEqual([[['Усе одно зберегти', 'k:pii:v:yes'], ['✏️ Виправити текст', 'k:pii:v:no']]])
    await t.send(callback(user, 'k:pii:v:no'))
    expect(t.texts().at(-1)).toContain('Опишіть це одним повідомленням')
    await t.send(text(user, 'Тел. родичів 050 123 45 67'))
    expect(t.texts().at(-1)).toBe('⚠️ Схоже, у тексті є номер телефону. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?')
    await t.send(callback(user, 'k:pii:v:no'), text(user, 'Дренування плеври під УЗД'))
    t.take()
    await t.send(callback(user, 'k:photo:s'))
    expect(t.texts().at(-1)).toBe('✅ Додано до журналу. Ваш ментор його побачить.')
    expect(await db.prisma.portfolioEntry.findMany({ where: { placementId: p.id }, select: { kind: true, procedureRole: true, specialty: true, happenedOn: true, text: true, photoFileId: true } })).toEqual([
      { kind: 'procedure', procedureRole: 'assisted', specialty: 'general-surgery', happenedOn: day('2026-11-25'), text: 'Дренування плеври під УЗД', photoFileId: null },
    ])

    // The second entry: no notice, only the line next to the text question; "save anyway" keeps the text.
    await t.send(callback(user, `lb:n:${p.id}`), callback(user, 'k:kind:v:case'), callback(user, 'k:spec:v:oncology'), callback(user, 'k:day:v:2026-12-01'))
    const second = t.texts()
    expect(second.some(s => s.includes('Конфіденційність'))).toBe(false)
    await t.send(text(user, 'Історія хвороби № 12345: мієлома'), callback(user, 'k:pii:v:yes'), callback(user, 'k:photo:s'))
    expect(t.texts().at(-1)).toBe('✅ Додано до журналу. Ваш ментор його побачить.')
    expect(await db.prisma.portfolioEntry.count({ where: { placementId: p.id } })).toBe(2)
  })

  it('when the placement has not started, then the logbook waits for its first day (en)', async () => {
    const owner = await createPerson(db.prisma, 7303, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id, { start: 5, end: 20 })
    const t = createTestBot(db)
    await t.send(callback(person(7303, 'en'), `lb:n:${p.id}`))
    expect(t.texts()).toEqual(['Your logbook opens on the first day of your placement (6 December 2026).'])
  })
})

async function seedEntries(placementId: number, reviewerId?: number) {
  const e = (data: any) => db.prisma.portfolioEntry.create({ data: { placementId, ...data } })
  return [
    await e({ kind: 'case', text: 'Case <one>', happenedOn: day('2026-11-21'), specialty: 'oncology', review: 'confirmed', reviewedById: reviewerId, reviewedAt: new Date('2026-11-24T10:00:00Z'), photoFileId: 'ph-1' }),
    await e({ kind: 'procedure', procedureRole: 'performed', text: 'Central line', happenedOn: day('2026-11-23'), specialty: 'oncology' }),
    await e({ kind: 'case', text: 'Case two', happenedOn: day('2026-11-29'), specialty: 'oncology', review: 'returned', reviewNote: 'Add the outcome' }),
    await e({ kind: 'reflection', text: 'Breaking bad news', happenedOn: day('2026-11-30'), specialty: 'oncology' }),
  ]
}

describe('/portfolio', () => {
  it('when a person has entries, then they are listed by week with counts by kind and review state; one opens with its photo, is edited back to pending and deleted (en)', async () => {
    const owner = await createPerson(db.prisma, 7311, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id, { start: -10, end: 10, titleEn: 'Oncology' })
    const [confirmed, , returned] = await seedEntries(p.id)
    const user = person(7311, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/portfolio'))
    const [list] = t.take()
    expect(list.payload.text).toContain([
      'Cases: 2 · Procedures: 1 · Skills: 0 · Teaching: 0 · Reflections: 1',
      '✅ Confirmed: 1 · ⏳ Pending: 2 · ↩️ Returned: 1',
      '',
      '<b>Week 1</b>',
      '✅ 21 Nov · 🩺 Case seen: Case &lt;one&gt;',
      '⏳ 23 Nov · 💉 Procedure (Performed): Central line',
      '',
      '<b>Week 2</b>',
      '↩️ 29 Nov · 🩺 Case seen: Case two',
      '⏳ 30 Nov · 💭 Reflection: Breaking bad news',
    ].join('\n'))
    expect(buttons(list).map(r => r[0][1])).toEqual([`lb:e:${confirmed.id}`, expect.any(String), `lb:e:${returned.id}`, expect.any(String), `lb:n:${p.id}`])

    await t.send(callback(user, `lb:e:${confirmed.id}`))
    const opened = t.take()
    expect(opened.map(c => c.method)).toEqual(['answerCallbackQuery', 'sendPhoto', 'sendMessage'])
    expect(opened[1].payload.photo).toBe('ph-1')
    expect(opened[2].payload.text).toBe('✅ <b>🩺 Case seen</b> · Oncology\n📅 21 November 2026 · week 1\n\nCase &lt;one&gt;\n\n✅ Confirmed by the mentor on 24 November 2026.')
    expect(buttons(opened[2])).toEqual([[['✏️ Edit the text', `lb:t:${confirmed.id}`], ['🗑 Delete', `lb:x:${confirmed.id}`]], [['📓 Logbook', `lb:p:${p.id}:0`]]])

    await t.send(callback(user, `lb:t:${confirmed.id}`))
    expect(t.texts()).toEqual(['✏️ Send the new text of this entry (up to 2000 characters).\n🔒 No patient names, dates of birth, phone or record numbers.'])
    await t.send(text(user, 'Case one, with <outcome>'))
    const [edited] = t.take().filter(c => c.method === 'sendMessage')
    expect(edited.payload.text).toMatch(/^✅ The text is changed\. It goes back to your mentor for confirmation\.\n\n⏳ <b>🩺 Case seen<\/b>/)
    expect(edited.payload.text).toContain('Case one, with &lt;outcome&gt;\n\n⏳ Waiting for the mentor\'s confirmation.')
    expect(await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: confirmed.id } })).toMatchObject({ text: 'Case one, with <outcome>', review: 'pending', reviewedAt: null, reviewedById: null })

    await t.send(callback(user, `lb:x:${returned.id}`))
    const ask = t.take().find(c => c.method === 'editMessageText')!
    expect(ask.payload.text).toContain('↩️ Returned by the mentor: Add the outcome\n\n🗑 Delete this entry? This cannot be undone.')
    expect(buttons(ask)).toEqual([[['🗑 Yes, delete', `lb:y:${returned.id}`], ['Keep it', `lb:k:${returned.id}`]]])
    await t.send(callback(user, `lb:k:${returned.id}`))
    expect(t.take().find(c => c.method === 'editMessageText')!.payload.text).toContain('Case two')
    expect(await db.prisma.portfolioEntry.count({ where: { id: returned.id } })).toBe(1)
    await t.send(callback(user, `lb:y:${returned.id}`))
    const deleted = t.take()
    expect(deleted[0]).toMatchObject({ method: 'answerCallbackQuery', payload: { text: '🗑 The entry is deleted.' } })
    expect(deleted[1].payload.text).toContain('Cases: 1 · Procedures: 1')
    expect(await db.prisma.portfolioEntry.count({ where: { id: returned.id } })).toBe(0)
  })

  it('when a person has two placements or none, then /portfolio offers a choice or points to /placement (uk)', async () => {
    const owner = await createPerson(db.prisma, 7312, { locale: 'uk' })
    const a = await createPlacement(db.prisma, owner.id, { start: -10, end: 10, titleUk: 'Онкологія' })
    const b = await createPlacement(db.prisma, owner.id, { start: 30, end: 40, titleUk: 'Хірургія' })
    const t = createTestBot(db)
    await t.send(text(person(7312, 'uk'), '/portfolio'))
    const [choice] = t.take()
    expect(choice.payload.text).toBe('Ваші стажування. Журнал якого відкрити?')
    expect(buttons(choice)).toEqual([[['📓 Онкологія', `lb:p:${a.id}:0`]], [['📓 Хірургія', `lb:p:${b.id}:0`]]])
    await t.send(callback(person(7312, 'uk'), `lb:p:${b.id}:0`))
    const opened = t.take().find(c => c.method === 'editMessageText')!
    expect(opened.payload.text).toContain('Записів ще немає.')
    expect(buttons(opened).at(-1)).toEqual([['⬅️ Усі стажування', 'lb:l']])
    await t.send(text(person(7313, 'uk'), '/portfolio'))
    expect(t.texts()).toEqual(['У вас ще немає стажування з журналом. Коли ви приймете пропозицію, воно з’явиться тут: /placement'])
  })
})

describe('who sees a logbook', () => {
  it('when the mentor, a coordinator of the host hospital or an administrator opens it, then they see it without edit buttons; anyone else is refused, forged buttons included (en and uk)', async () => {
    const owner = await createPerson(db.prisma, 7321, { locale: 'uk', firstName: 'Олена' })
    const mentor = await createPerson(db.prisma, 7322, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id, { start: -10, end: 10 })
    await db.prisma.placement.update({ where: { id: p.id }, data: { mentorUserId: mentor.id } })
    const [entry] = await seedEntries(p.id)
    const coordinator = await createPerson(db.prisma, 7323, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, await hostOf(p.id))
    // Someone else, another hospital's coordinator, the mentor of another placement.
    await createPerson(db.prisma, 7324, { locale: 'uk' })
    const otherCoordinator = await createPerson(db.prisma, 7325, { locale: 'en' })
    await assignCoordinator(db.prisma, otherCoordinator.id, (await createHospital(db.prisma)).id)
    const otherMentor = await createPerson(db.prisma, 7326, { locale: 'uk' })
    const otherOwner = await createPerson(db.prisma, 7327, { locale: 'uk' })
    const other = await createPlacement(db.prisma, otherOwner.id, { start: -10, end: 10 })
    await db.prisma.placement.update({ where: { id: other.id }, data: { mentorUserId: otherMentor.id } })
    const t = createTestBot(db)

    for (const [id, lang] of [[7322, 'en'], [7323, 'en'], [9000, 'en']] as const) {
      await t.send(callback(person(id, lang), `lb:p:${p.id}:0`))
      const list = t.take().find(c => c.method === 'editMessageText')!
      expect(list.payload.text).toContain('Cases: 2 · Procedures: 1')
      expect(list.payload.text).toContain('Олена')
      expect(buttons(list).flat().map(([, d]) => d).filter(d => d!.startsWith('lb:n'))).toEqual([])
      await t.send(callback(person(id, lang), `lb:e:${entry.id}`))
      const opened = t.take().find(c => c.method === 'sendMessage')!
      expect(opened.payload.text).toContain('👤 Олена')
      expect(buttons(opened).flat().map(([, d]) => d)).toEqual([`lb:p:${p.id}:0`])
      // Not theirs to change.
      for (const data of [`lb:t:${entry.id}`, `lb:x:${entry.id}`, `lb:y:${entry.id}`, `lb:n:${p.id}`]) {
        await t.send(callback(person(id, lang), data))
        expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery'])
      }
    }

    const refusedUk = 'Цей запис або журнал вам недоступний. Відкрийте /portfolio ще раз.'
    const refusedEn = 'This entry or logbook is not available to you. Open /portfolio again.'
    for (const [id, lang, refused] of [[7324, 'uk', refusedUk], [7325, 'en', refusedEn], [7326, 'uk', refusedUk]] as const) {
      for (const data of [`lb:p:${p.id}:0`, `lb:e:${entry.id}`, `lb:k:${entry.id}`, `lb:t:${entry.id}`, `lb:x:${entry.id}`, `lb:y:${entry.id}`, `lb:n:${p.id}`, `lb:n:${p.id}:case`, `mt:c:${entry.id}`, `mt:r:${entry.id}`, 'lb:e:99999999', 'lb:zz', 'mt:zz']) {
        await t.send(callback(person(id, lang), data))
        const calls = t.take()
        expect(calls.map(c => c.method), `${id} ${data}`).toEqual(['answerCallbackQuery'])
        expect(calls[0].payload).toMatchObject({ text: refused, show_alert: true })
      }
    }
    expect(await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ text: 'Case <one>', review: 'confirmed' })
    expect(await db.prisma.portfolioEntry.count({ where: { placementId: p.id } })).toBe(4)
    expect(await db.prisma.outboxMessage.count({ where: { userId: owner.id } })).toBe(0)
  })
})
