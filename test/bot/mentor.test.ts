import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { mentorDigest } from '../../src/jobs/reminders-mentor.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { testStartMs } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { createPerson, createPlacement } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

async function mentored(ownerTg: number, ownerLocale: string, mentorTg: number, mentorLocale: string) {
  const owner = await createPerson(db.prisma, ownerTg, { locale: ownerLocale, firstName: 'Olena <O>' })
  const mentor = await createPerson(db.prisma, mentorTg, { locale: mentorLocale, firstName: 'Anna' })
  const p = await createPlacement(db.prisma, owner.id, { start: -10, end: 10 })
  await db.prisma.placement.update({ where: { id: p.id }, data: { mentorUserId: mentor.id, mentorName: 'Dr Anna Smith' } })
  const e = (data: any) => db.prisma.portfolioEntry.create({ data: { placementId: p.id, specialty: 'oncology', ...data } })
  const done = await e({ kind: 'skill', text: 'Suturing', happenedOn: day('2026-11-22'), review: 'confirmed', reviewedAt: new Date('2026-11-23T09:00:00Z') })
  const pending = await e({ kind: 'case', text: 'Sepsis <ICU>', happenedOn: day('2026-11-25') })
  const second = await e({ kind: 'procedure', procedureRole: 'observed', text: 'Lumbar puncture', happenedOn: day('2026-11-28') })
  return { owner, mentor, p, done, pending, second }
}

describe('/mentor', () => {
  it('when a mentor opens /mentor, then pending entries come first; confirming one tells the person in their language (en mentor, uk person)', async () => {
    const s = await mentored(7401, 'uk', 7402, 'en')
    const t = createTestBot(db)
    const mentor = person(7402, 'en')
    await t.send(text(mentor, '/mentor'))
    const [queue] = t.take()
    expect(queue.payload.text).toBe([
      '🧑‍🏫 <b>The entries of the people you mentor</b>',
      '⏳ Waiting for you: 2',
      '',
      '⏳ Olena &lt;O&gt; · 25 Nov · 🩺 Case seen: Sepsis &lt;ICU&gt;',
      '⏳ Olena &lt;O&gt; · 28 Nov · 💉 Procedure (Observed): Lumbar puncture',
      '✅ Olena &lt;O&gt; · 22 Nov · 🧰 Skill practised: Suturing',
    ].join('\n'))
    expect(buttons(queue).map(r => r[0][1])).toEqual([`lb:e:${s.pending.id}`, `lb:e:${s.second.id}`, `lb:e:${s.done.id}`])

    await t.send(callback(mentor, `lb:e:${s.pending.id}`))
    const opened = t.take().find(c => c.method === 'sendMessage')!
    expect(buttons(opened)).toEqual([[['✅ Confirm', `mt:c:${s.pending.id}`], ['↩️ Ask for a change', `mt:r:${s.pending.id}`]], [['📓 Logbook', `lb:p:${s.p.id}:0`]]])
    await t.send(callback(mentor, `mt:c:${s.pending.id}`))
    const confirmed = t.take()
    expect(confirmed[0]).toMatchObject({ method: 'answerCallbackQuery', payload: { text: '✅ Confirmed.' } })
    expect(confirmed[1].payload.text).toContain('✅ Confirmed by the mentor on 1 December 2026.')
    expect(buttons(confirmed[1])).toEqual([[['📓 Logbook', `lb:p:${s.p.id}:0`]]])
    expect(await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: s.pending.id } })).toMatchObject({ review: 'confirmed', reviewedById: s.mentor.id, reviewedAt: new Date(testStartMs) })
    const [row] = await db.prisma.outboxMessage.findMany({ where: { userId: s.owner.id } })
    expect(renderRow(row as any, createRender(t.i18n))).toBe('✅ Dr Anna Smith підтвердив(-ла) ваш запис у журналі за 25 листопада 2026 р. (клінічний випадок): «Sepsis &lt;ICU&gt;»')

    // Pressed again (or forged for an entry already reviewed): refused, nothing more is sent.
    await t.send(callback(mentor, `mt:c:${s.pending.id}`), callback(mentor, `mt:r:${s.done.id}`))
    const again = t.take()
    expect(again.map(c => c.method)).toEqual(['answerCallbackQuery', 'answerCallbackQuery'])
    expect(again[0].payload).toMatchObject({ text: 'This entry was already reviewed or has changed. Open /mentor again.', show_alert: true })
    expect(await db.prisma.outboxMessage.count({ where: { userId: s.owner.id } })).toBe(1)
  })

  it('when a mentor returns an entry with a note, then a note over 500 characters is re-prompted and the person reads it (uk mentor, en person)', async () => {
    const s = await mentored(7411, 'en', 7412, 'uk')
    const t = createTestBot(db)
    const mentor = person(7412, 'uk')
    await t.send(callback(mentor, `mt:r:${s.second.id}`))
    expect(t.texts()).toEqual(['↩️ Що треба змінити? Коротка примітка для людини (до 500 символів).'])
    await t.send(text(mentor, 'x'.repeat(501)))
    expect(t.texts()[0]).toContain('501')
    await t.send(text(mentor, 'Add the <indication>'))
    const [done] = t.take().filter(c => c.method === 'sendMessage')
    expect(done.payload.text).toMatch(/^↩️ Повернуто з вашою приміткою\. Людині повідомлено\./)
    expect(done.payload.text).toContain('↩️ Ментор повернув: Add the &lt;indication&gt;')
    expect(await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: s.second.id } })).toMatchObject({ review: 'returned', reviewNote: 'Add the <indication>', reviewedById: s.mentor.id })
    const [row] = await db.prisma.outboxMessage.findMany({ where: { userId: s.owner.id } })
    expect(renderRow(row as any, createRender(t.i18n))).toBe('↩️ Dr Anna Smith asks for a change to your logbook entry of 28 November 2026 (procedure): “Lumbar puncture”\n\nNote: Add the &lt;indication&gt;\n\nEdit it in /portfolio.')

    // The person edits it: it is pending again, and the mentor sees it first.
    await t.send(callback(person(7411, 'en'), `lb:t:${s.second.id}`), text(person(7411, 'en'), 'Lumbar puncture for suspected meningitis'))
    t.take()
    expect((await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: s.second.id } })).review).toBe('pending')
  })

  it('when someone who mentors nobody sends /mentor, or a mentor presses for another placement\'s entry, then they see nothing of it (en)', async () => {
    const s = await mentored(7421, 'en', 7422, 'en')
    await createPerson(db.prisma, 7423, { locale: 'en' })
    const t = createTestBot(db)
    await t.send(text(person(7423, 'en'), '/mentor'))
    expect(t.texts()).toEqual(['Nobody has named you as their mentor yet. When a host coordinator does and you open their invite, the entries of the people you mentor appear here.'])
    const other = await mentored(7424, 'en', 7425, 'en')
    for (const data of [`mt:c:${s.pending.id}`, `mt:r:${s.pending.id}`, `lb:e:${s.pending.id}`]) {
      await t.send(callback(person(7425, 'en'), data))
      expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery'])
    }
    await t.send(text(person(7425, 'en'), '/mentor'))
    expect(t.texts()[0]).not.toContain('Sepsis &lt;ICU&gt; ·')
    expect((await db.prisma.portfolioEntry.findUniqueOrThrow({ where: { id: s.pending.id } })).review).toBe('pending')
    expect(other.p.id).not.toBe(s.p.id)
  })
})

describe('the mentor digest', () => {
  it('when entries wait, then each mentor gets one quiet row a week with their count; a second run adds nothing', async () => {
    const s = await mentored(7431, 'uk', 7432, 'uk')
    // A mentor whose entries are all reviewed gets none.
    const t = await mentored(7433, 'en', 7434, 'en')
    await db.prisma.portfolioEntry.updateMany({ where: { placementId: t.p.id }, data: { review: 'confirmed' } })
    const now = new Date(testStartMs)
    await mentorDigest(db.prisma, now)
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'reminder-mentor-digest', userId: { in: [s.mentor.id, t.mentor.id] } } })
    expect(rows.map(r => [r.userId, r.dedupeKey, r.quiet, r.params])).toEqual([[s.mentor.id, `reminder-mentor-digest:${s.mentor.id}:2026-11-30`, true, { count: 2 }]])
    const bot = createTestBot(db)
    expect(renderRow({ ...rows[0], recipientLocale: 'uk' } as any, createRender(bot.i18n))).toBe('🧑‍🏫 Записів у журналах чекають на ваше підтвердження: 2. Відкрийте /mentor.')
    await mentorDigest(db.prisma, new Date(testStartMs + 2 * 86_400_000))
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'reminder-mentor-digest', userId: s.mentor.id } })).toBe(1)
    await mentorDigest(db.prisma, new Date(testStartMs + 7 * 86_400_000))
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'reminder-mentor-digest', userId: s.mentor.id } })).toBe(2)
  })
})
