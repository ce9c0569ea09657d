import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createConsultTwins, createPerson, createProfile, mentorAt } from '../helpers/fixtures.js'
import { callback, document, person, photo, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

it('scratch', async () => {
  const p = db.prisma
  const h = await createConsultTwins(p)
  const req = await createPerson(p, 6101, { locale: 'uk' })
  await createProfile(p, req.id, { homeHospitalId: h.kyiv.id })
  const coord = await createPerson(p, 6102, { locale: 'en', firstName: 'Claire' })
  await assignCoordinator(p, coord.id, h.toronto.id)
  const spec = await createPerson(p, 6103, { locale: 'en', firstName: 'Sam' })
  await p.user.update({ where: { id: spec.id }, data: { timezone: 'America/Toronto' } })
  await mentorAt(p, spec.id, h.toronto.id)
  const t = createTestBot(db)
  const r = person(6101, 'uk')
  const show = () => { for (const c of t.take()) console.log(c.method, JSON.stringify(c.payload.text ?? c.payload), JSON.stringify(buttons(c))) }
  await t.send(text(r, '/consult')); show()
  await t.send(callback(r, 'k:kind:v:consultation')); show()
  await t.send(callback(r, 'k:spec:v:cardiology')); show()
  await t.send(callback(r, 'k:urg:v:within_72h')); show()
  await t.send(photo(r)); show()
  await t.send(text(r, 'x'.repeat(1501))); show()
  await t.send(text(r, 'Пацієнт Петренко, 54 роки, STEMI')); show()
  await t.send(callback(r, 'k:question-pii:v:no')); show()
  await t.send(text(r, 'Чоловік 54 років, STEMI нижньої стінки, після ЧКВ біль повертається.')); show()
  await t.send(text(r, 'у будні після 16:00')); show()
  await t.send(photo(r)); show()
  await t.send(document(r, { name: 'ecg.pdf', mime: 'application/pdf', size: 1000 })); show()
  await t.send(callback(r, 'k:file2:s')); show()
  await t.send(callback(r, 'k:confirm:v:yes')); show()
  const c = await p.consultation.findFirstOrThrow({ include: { attachments: true } })
  console.log(c)
  console.log(await p.outboxMessage.findMany())
  const cu = person(6102, 'en')
  await t.send(callback(cu, `cs:o:${c.id}`)); show()
  await t.send(callback(cu, `cs:a:${c.id}`)); show()
  await t.send(callback(cu, `cs:s:${c.id}:${spec.id}`)); show()
  const s = person(6103, 'en')
  await t.send(callback(s, `cs:o:${c.id}`)); show()
  await t.send(callback(s, `cs:y:${c.id}`)); show()
  await t.send(text(s, dotted(kyivDay(t.clock, 2)))); show()
  await t.send(text(s, '10:30')); show()
  await t.send(callback(r, `cs:o:${c.id}`)); show()
  await t.send(callback(r, `cs:m:${c.id}`)); show()
  await t.send(text(r, 'Чи потрібна повторна коронарографія?')); show()
  await t.send(callback(s, `cs:o:${c.id}`)); show()
  await t.send(text(r, '/consults')); show()
})
