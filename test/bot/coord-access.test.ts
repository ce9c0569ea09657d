import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createPerson } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let hospitalId: number
beforeAll(async () => {
  db = await createTestDatabase()
  hospitalId = (await createHospital(db.prisma, { nameEn: 'Wrocław Clinic', nameUk: 'Вроцлавська клініка', country: 'PL' })).id
})
afterAll(async () => { await db?.close() })

const admin = person(9000, 'en', 'Admin')
const adminUk = person(9001, 'uk', 'Адмін')
const env = { ADMIN_IDS: '9000,9001' }

function forwarded(from: typeof admin, original: { id: number, first_name: string }): Update {
  return {
    update_id: Math.floor(Math.random() * 1e9),
    message: {
      message_id: 77,
      date: 1,
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      text: 'hi',
      forward_origin: { type: 'user', date: 1, sender_user: { id: original.id, is_bot: false, first_name: original.first_name } },
    },
  }
}

describe('coordinator access', () => {
  it('when a person without rights sends staff commands, then they are told plainly, nothing changes and the attempt is logged', async () => {
    const t = createTestBot(db, { env })
    const user = person(3001, 'en')
    await t.send(text(user, '/grant 3002'), text(user, '/coordinators'), text(user, '/invite'), text(user, '/audit'), text(user, '/coordinator_help'))
    expect(t.texts()).toEqual([
      ...Array.from({ length: 4 }).fill('🔒 This is for the programme\'s administrators.'),
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
    ])
    const uk = person(3003, 'uk')
    await t.send(text(uk, '/coordinator_help'))
    expect(t.texts()).toEqual(['🔒 Це лише для координаторів. Якщо ви координуєте стажування в лікарні програми, попросіть адміністратора програми надати доступ.'])
    expect(t.logs.filter(l => l.msg === 'coordinator action refused')).toHaveLength(6)
    expect(await db.prisma.auditLog.count({ where: { action: { startsWith: 'refused:' } } })).toBe(6)
  })

  it('when a forged grant button is pressed by a non-admin, then an alert answers and nobody becomes a coordinator', async () => {
    const t = createTestBot(db, { env })
    const user = person(3010, 'uk')
    await t.send(text(user, '/start'), text(user, '/cancel'))
    t.take()
    const self = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 3010n } })
    // No grant flow is open for this person: a forged answer of its question is stale.
    await t.send(callback(user, 'k:scope:v:0'))
    const calls = t.take()
    expect(calls.map(c => [c.method, c.payload.text, c.payload.show_alert])).toEqual([['answerCallbackQuery', 'Ця кнопка вже недійсна. Відкрийте меню знову.', true]])
    expect(await db.prisma.coordinatorAssignment.count({ where: { userId: self.id } })).toBe(0)
  })

  it('when an admin grants by Telegram id, then the person coordinates that hospital, sees staff commands only in their chat, and is told in their language', async () => {
    const target = await createPerson(db.prisma, 3020, { locale: 'uk', firstName: 'Ірина' })
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/grant 3020'))
    const [choose] = t.take()
    expect(choose.payload.text).toBe('Which hospital will Telegram user <b>3020</b> coordinate? Tick one or more, then ✔️ Done.')
    expect(buttons(choose)).toContainEqual([['🌐 Whole programme', 'k:scope:v:0']])
    expect(buttons(choose).every(row => row.length > 0)).toBe(true)
    expect(buttons(choose)).toContainEqual([['🇵🇱 Wrocław Clinic', `k:scope:v:${hospitalId}`]])

    await t.send(callback(admin, `k:scope:v:${hospitalId}`), callback(admin, 'k:scope:d'))
    const calls = t.take()
    const done = calls.filter(c => c.method === 'sendMessage').at(-1)!
    expect(done.payload.text).toBe('✅ <b>Ірина</b> is now a coordinator for: 🇵🇱 Wrocław Clinic.\nTo add another hospital, send /grant 3020 again.')
    const scoped = calls.filter(c => c.method === 'setMyCommands')
    expect(scoped.map(c => [c.payload.scope, c.payload.language_code])).toEqual([
      [{ type: 'chat', chat_id: 3020 }, undefined],
      [{ type: 'chat', chat_id: 3020 }, 'uk'],
      [{ type: 'chat', chat_id: 3020 }, 'en'],
    ])
    const ukCommands = scoped[1].payload.commands.map((c: any) => c.command)
    expect(ukCommands).toContain('review')
    expect(ukCommands).not.toContain('grant')
    expect(scoped[1].payload.commands.find((c: any) => c.command === 'review').description).toBe('Розгляд заявок')
    expect(await db.prisma.coordinatorAssignment.findMany({ where: { userId: target.id }, select: { hospitalId: true } })).toEqual([{ hospitalId }])
    const outbox = await db.prisma.outboxMessage.findMany({ where: { userId: target.id } })
    expect(outbox.map(o => [o.chatId, o.template, o.locale])).toEqual([[3020n, 'coord-notify-granted', 'uk']])
    expect(await db.prisma.auditLog.count({ where: { action: 'coordinator-grant', entityId: String(target.id) } })).toBe(1)
  })

  it('when a Ukrainian admin forwards a message of a person, then the hospital picker comes in Ukrainian', async () => {
    await createPerson(db.prisma, 3030, { firstName: 'Petro' })
    const t = createTestBot(db, { env })
    await t.send(forwarded(adminUk, { id: 3030, first_name: 'Petro' }))
    const [choose] = t.take()
    expect(choose.payload.text).toBe('Яку лікарню координуватиме користувач Telegram <b>3030</b>? Позначте одну чи кілька, потім ✔️ Готово.')
    expect(buttons(choose)).toContainEqual([['🇵🇱 Вроцлавська клініка', expect.stringMatching(/^k:scope:v:\d+$/)]])
  })

  it('when an admin grants an unknown Telegram id, then they are told to send an invite instead', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/grant 3999'), text(admin, '/grant nonsense'))
    expect(t.texts()).toEqual([
      'I do not know the Telegram user 3999 yet. Ask them to open the bot and press Start, or send them an invite link with /invite.',
      'Send <code>/grant 123456789</code> with the person\'s Telegram id, forward me any message of theirs, or create an invite link with /invite.',
    ])
  })

  it('when a person opens a one-time invite link, then they become a coordinator once; a second opener is refused', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/invite'), callback(admin, 'ai:0'))
    const link = t.texts().at(-1)!
    expect(link).toMatch(/^🔗 One-time invite for: 🌐 Whole programme\nhttps:\/\/t\.me\/medtwin_test_bot\?start=c[\w-]{16}\n/)
    const payload = link.match(/start=(c[\w-]+)/)![1]

    await t.send(text(person(3040, 'uk'), `/start ${payload}`))
    const calls = t.take()
    expect(calls.filter(c => c.method === 'setMyCommands').every(c => c.payload.scope.chat_id === 3040)).toBe(true)
    expect(calls.at(-1)!.payload.text).toBe('✅ Вітаємо, координаторе! Ваші команди тепер у меню: /review для заявок, /coordinator_help для решти.')
    const user = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 3040n }, include: { coordinatorOf: true } })
    expect(user.coordinatorOf.map(a => a.hospitalId)).toEqual([null])

    await t.send(text(person(3041, 'en'), `/start ${payload}`))
    expect(t.texts()).toEqual(['This invite link is not valid: it was used already, revoked or has expired. Ask the administrator for a new one.'])
    expect(await db.prisma.coordinatorAssignment.count({ where: { user: { telegramId: 3041n } } })).toBe(0)
  })

  it('when /start carries another payload, then the ordinary greeting answers', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(person(3050, 'en', 'Olha'), '/start hello'))
    expect(t.texts()[0]).toContain('Hello, <b>Olha</b>!')
  })

  it('when an admin removes a coordinator from the list, then their rights and staff commands are gone', async () => {
    const target = await createPerson(db.prisma, 3060, { firstName: 'Taras' })
    await assignCoordinator(db.prisma, target.id, hospitalId)
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/coordinators'))
    const [list] = t.take()
    expect(list.payload.text).toContain('• <b>Taras</b> (3060): 🇵🇱 Wrocław Clinic')
    expect(buttons(list)).toContainEqual([['❌ Remove Taras', `ar:${target.id}`]])
    await t.send(callback(admin, `ar:${target.id}`))
    const calls = t.take()
    expect(calls.filter(c => c.method === 'deleteMyCommands').map(c => c.payload.scope.chat_id)).toEqual([3060, 3060, 3060])
    expect(calls.find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe('Taras is no longer a coordinator.')
    expect(await db.prisma.coordinatorAssignment.count({ where: { userId: target.id } })).toBe(0)
  })

  it('when an admin sends /audit, then the latest entries show who did what to which record', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(adminUk, '/audit'))
    const [reply] = t.texts()
    expect(reply.split('\n')[0]).toBe('<b>Журнал дій: Усе, від найновішого</b> · сторінка 1')
    // When, in the admin's language and zone, named.
    expect(reply).toMatch(/#\d+ \d{1,2} \S+ \d{4} р\., \d\d:\d\d \(Europe\/Kyiv\) · Admin · coordinator-revoke · user #\d+/)
  })

  it('when someone keeps trying staff commands, then every attempt is answered and logged, but at most 5 in 10 minutes are stored', async () => {
    const t = createTestBot(db, { env })
    const prober = person(3101, 'en')
    await t.send(...Array.from({ length: 12 }, (_, i) => text(prober, i % 2 ? '/audit' : '/coordinators')))
    expect(t.texts()).toHaveLength(12)
    expect(t.logs.filter(l => l.msg === 'coordinator action refused').map(l => l.stored)).toEqual([...Array.from({ length: 5 }).fill(true), ...Array.from({ length: 7 }).fill(false)])
    const row = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 3101n } })
    expect(await db.prisma.auditLog.count({ where: { actorId: row.id } })).toBe(5)
    // Ten minutes later, refusals are stored again.
    const refusal = { actorId: row.id, action: 'refused:admin-only', entityType: 'command' }
    expect(await t.domain.audit.recordRefusal(refusal, new Date(t.clock().getTime() + 60_000))).toBe(false)
    expect(await t.domain.audit.recordRefusal(refusal, new Date(t.clock().getTime() + 11 * 60_000))).toBe(true)
  })

  it('when an admin filters /audit by refusals or actions and pages through it, then each page holds only that kind', async () => {
    const actor = await createPerson(db.prisma, 3102)
    await db.prisma.auditLog.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ actorId: actor.id, action: `hospital-edit`, entityType: 'hospital', entityId: String(i) })) })
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/audit'))
    const [all] = t.take()
    expect(buttons(all)).toEqual([[['• All', 'au:a:0'], ['Refusals', 'au:r:0'], ['Actions', 'au:x:0']], [['Older ▶', 'au:a:1']]])
    await t.send(callback(admin, 'au:r:0'))
    const refusals = t.take().find(c => c.method === 'editMessageText')!
    const lines = refusals.payload.text.split('\n').slice(1)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((l: string) => l.includes('refused:'))).toBe(true)
    await t.send(callback(admin, 'au:x:0'), callback(admin, 'au:x:1'))
    const [first, second] = t.take().filter(c => c.method === 'editMessageText')
    expect(first.payload.text.split('\n')[0]).toBe('<b>Audit log: Actions, newest first</b> · page 1')
    expect(first.payload.text.split('\n').slice(1)).toHaveLength(15)
    expect(first.payload.text).not.toContain('refused:')
    expect(second.payload.text.split('\n')[0]).toContain('page 2')
    expect(buttons(second)[1][0]).toEqual(['◀ Newer', 'au:x:0'])
    // Not for coordinators, even with a forged page button.
    await t.send(callback(person(3101, 'en'), 'au:x:1'))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery'])
  })

  it('when an admin makes invites, then only their hashes are stored; /invites lists the open ones and a revoked link no longer works', async () => {
    await db.prisma.coordinatorInvite.deleteMany()
    const t = createTestBot(db, { env })
    await t.send(text(admin, '/invite'), callback(admin, `ai:${hospitalId}`), text(admin, '/invite'), callback(admin, 'ai:0'))
    const [first, second] = t.texts().filter(x => x.startsWith('🔗')).map(x => x.match(/start=c([\w-]+)/)![1])
    const stored = await db.prisma.coordinatorInvite.findMany({ orderBy: { id: 'asc' } })
    expect(stored.map(i => i.tokenHash)).toEqual([first, second].map(token => createHash('sha256').update(token).digest('hex')))
    expect(JSON.stringify(stored)).not.toContain(first)
    expect(stored.map(i => [i.role, i.programmeWide, i.hospitalIds])).toEqual([['coordinator', false, [hospitalId]], ['coordinator', true, []]])

    await t.send(text(admin, '/invites'))
    const [list] = t.take()
    expect(list.payload.text.split('\n')).toEqual([
      '<b>Open invite links</b> (the links themselves were shown once, when made)',
      `• #${stored[1].id}: 🌐 Whole programme · by Admin · valid until 8 December 2026, 10:00 (Europe/Kyiv)`,
      `• #${stored[0].id}: 🇵🇱 Wrocław Clinic · by Admin · valid until 8 December 2026, 10:00 (Europe/Kyiv)`,
    ])
    expect(buttons(list)).toEqual([[[`🗑 Revoke #${stored[1].id}`, `iv:x:${stored[1].id}`]], [[`🗑 Revoke #${stored[0].id}`, `iv:x:${stored[0].id}`]]])

    await t.send(callback(admin, `iv:x:${stored[1].id}`))
    const revoked = t.take()
    expect(revoked[0].payload.text).toBe(`Invite #${stored[1].id} revoked: its link no longer works.`)
    expect(revoked[1].payload.text).not.toContain(`#${stored[1].id}:`)
    expect(await db.prisma.auditLog.count({ where: { action: 'invite-revoke', entityId: String(stored[1].id) } })).toBe(1)
    // Revoked twice, or by someone who is not an admin: nothing changes.
    await t.send(callback(admin, `iv:x:${stored[1].id}`), callback(person(3050, 'en'), `iv:x:${stored[0].id}`), text(person(3050, 'en'), '/invites'))
    const refused = t.take()
    expect(refused.filter(c => c.method === 'answerCallbackQuery').map(c => c.payload.show_alert)).toEqual([true, true])
    expect(refused.at(-1)!.payload.text).toBe('🔒 This is for the programme\'s administrators.')

    await t.send(text(person(3051, 'en'), `/start c${second}`), text(person(3052, 'en'), `/start c${first}`))
    const [refusedLink, welcome] = t.texts()
    expect(refusedLink).toContain('not valid')
    expect(welcome).toContain('Welcome, coordinator')
  })
})
