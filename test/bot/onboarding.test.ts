import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedHospitals } from '../../src/db/seed.js'
import { buttons, createTestBot, replyKeyboard } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, person, photo, sticker, text, voice } from '../helpers/updates.js'

let db: Database
let kharkiv: number
beforeAll(async () => {
  db = await createTestDatabase()
  for (const h of seedHospitals) {
    const { slug, kind, isUniversity, nameUk, nameEn, cityUk, cityEn, country } = h
    await db.prisma.hospital.create({ data: { slug, kind, isUniversity, nameUk, nameEn, cityUk, cityEn, country } })
  }
  kharkiv = (await db.prisma.hospital.findUniqueOrThrow({ where: { slug: 'kharkiv-nmu' } })).id
})
afterAll(async () => { await db?.close() })

async function profileOf(telegramId: number) {
  return db.prisma.profile.findFirst({ where: { user: { telegramId: BigInt(telegramId) } } })
}

describe('onboarding', () => {
  it('when a new doctor sends /start, then after the greeting (one message with the intro) they answer who they are and the essentials, and end with the main menu (en)', async () => {
    const user = person(201, 'en', 'Olena')
    const t = createTestBot(db)
    await t.send(text(user, '/start'))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['sendMessage', 'sendMessage'])
    expect(calls[0].payload.text).toContain('Hello, <b>Olena</b>!')
    expect(calls[0].payload.text).toContain('Let\'s get to know you')
    expect(calls[1].payload.text).toBe('Who are you?')
    expect(buttons(calls[1])).toEqual([
      [['🩺 Doctor', 'k:kind:v:doctor']],
      [['💉 Nurse or other healthcare worker', 'k:kind:v:healthcare_worker']],
      [['🎓 Medical student', 'k:kind:v:student']],
      [['⏭ Skip', 'k:kind:s']],
    ])

    await t.send(callback(user, 'k:kind:v:doctor', calls[1].payload.message_id))
    const kind = t.take()
    expect(kind.map(c => c.method)).toEqual(['answerCallbackQuery', 'editMessageText', 'sendMessage'])
    expect(kind[1].payload.text).toBe('Who are you?\n✅ <b>🩺 Doctor</b>')
    expect(kind[2].payload.text).toBe('What is your full name, as written in your documents? (up to 200 characters)')
    expect(buttons(kind[2])).toEqual([[['⏭ Skip', 'k:name:s']]])

    await t.send(text(user, 'Olena <Kovalenko>'))
    const name = t.take()
    expect(name[0].payload.text).toBe('What is your full name, as written in your documents? (up to 200 characters)\n✅ <b>Olena &lt;Kovalenko&gt;</b>')
    expect(name[1].payload.text).toContain('Where do you work or study?')
    expect(buttons(name[1])[0]).toEqual([['Bogomolets National Medical University, Kyiv', expect.stringMatching(/^k:home:v:\d+$/)]])
    expect(buttons(name[1]).flat()).toContainEqual(['Kharkiv National Medical University, Kharkiv', `k:home:v:${kharkiv}`])

    await t.send(callback(user, `k:home:v:${kharkiv}`))
    expect(t.take()[2].payload.text).toBe('What is your specialty?')
    await t.send(callback(user, 'k:spec:p:1'))
    const page = t.take()
    expect(page[1].method).toBe('editMessageReplyMarkup')
    expect(buttons(page[1]).at(-2)).toEqual([['◀️', 'k:spec:p:0'], ['2/3', 'k:spec:p:1'], ['▶️', 'k:spec:p:2']])
    await t.send(callback(user, 'k:spec:v:cardiology'))
    expect(t.take()[2].payload.text).toBe('How many years have you worked in medicine? Choose below, or send a number from 0 to 60.')
    await t.send(text(user, '61'), text(user, 'twelve'), text(user, '12'))
    const years = t.texts()
    expect(years.slice(0, 2)).toEqual(['Please send a whole number from 0 to 60.', 'Please send a whole number from 0 to 60.'])
    expect(years.at(-1)).toBe('What is your level of English?')
    await t.send(callback(user, 'k:eng:v:B2'))
    const done = t.take()
    expect(done.at(-1)?.payload.text).toBe('✅ Thank you! Your profile is saved. You can change it any time in 👤 Profile.')
    expect(replyKeyboard(done.at(-1))[0]).toEqual(['🔎 Internships', '🏥 Twin hospitals'])
    expect(await profileOf(201)).toMatchObject({ kind: 'doctor', fullName: 'Olena <Kovalenko>', homeHospitalId: kharkiv, specialty: 'cardiology', experienceYears: 12, studyYear: null, englishLevel: 'B2', onboardedAt: expect.any(Date) })

    await t.send(text(user, '/start'))
    expect(t.texts()).toHaveLength(1)
  })

  it('when a Ukrainian student skips and sends bad input, then each step re-asks in Ukrainian, and a restarted bot continues the flow', async () => {
    const user = person(202, 'uk')
    const t = createTestBot(db)
    await t.send(text(user, '/start'))
    expect(t.texts().at(-1)).toBe('Хто ви?')
    await t.send(text(user, 'студент'), callback(user, 'k:kind:v:student'))
    expect(t.texts()).toEqual(['Будь ласка, оберіть кнопкою під запитанням або надішліть /cancel, щоб зупинитися.', 'Хто ви?\n✅ <b>🎓 Студент-медик</b>', 'Ваше повне ім\'я, як у документах? (до 200 символів)'])
    await t.send(photo(user), sticker(user), voice(user), text(user, 'я'.repeat(201)))
    const notText = 'Будь ласка, дайте відповідь текстовим повідомленням, до 200 символів, або надішліть /cancel, щоб зупинитися.'
    expect(t.texts()).toEqual([notText, notText, notText, 'Це 201 символ; можна не більше ніж 200. Скоротіть, будь ласка, і надішліть знову.'])
    await t.send(callback(user, 'k:kind:v:doctor'))
    expect(t.take().map(c => [c.method, c.payload.text])).toEqual([['answerCallbackQuery', 'Ця кнопка з попереднього кроку.'], ['sendMessage', 'Ваше повне ім\'я, як у документах? (до 200 символів)']])

    const restarted = createTestBot(db)
    await restarted.send(callback(user, 'k:name:s'), text(user, 'Львівська обласна лікарня'), callback(user, 'k:spec:s'))
    const texts = restarted.texts()
    expect(texts[0]).toBe('Ваше повне ім\'я, як у документах? (до 200 символів)\n✅ ⏭ пропущено')
    expect(texts.at(-1)).toBe('На якому ви курсі?')
    await restarted.send(callback(user, 'k:year:v:4'), callback(user, 'k:eng:s'))
    expect(restarted.texts().at(-1)).toBe('✅ Дякуємо! Профіль збережено. Змінити його можна будь-коли в розділі 👤 Профіль.')
    expect(await profileOf(202)).toMatchObject({ kind: 'student', fullName: null, homeHospitalId: null, homeInstitutionText: 'Львівська обласна лікарня', specialty: null, studyYear: 4, englishLevel: null })
  })

  it('when a person sends /cancel during onboarding, then it stops, answers are kept, and /start asks again', async () => {
    const user = person(203, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/start'), callback(user, 'k:kind:v:healthcare_worker'), text(user, '/cancel'))
    const last = t.take().at(-1)
    expect(last?.payload.text).toBe('Stopped. What you answered so far is saved.')
    expect(replyKeyboard(last)[2]).toEqual(['👤 Profile', '❓ Help'])
    expect(await profileOf(203)).toMatchObject({ kind: 'healthcare_worker', onboardedAt: null })
    await t.send(text(user, '/start'))
    expect(t.texts().at(-1)).toBe('Who are you?')
  })
})

describe('profile', () => {
  it('when a person opens 👤 Profile, then they see it with an edit button per field, and edit one with the same validation (en)', async () => {
    const user = person(204, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/start'), callback(user, 'k:kind:v:doctor'), text(user, '/cancel'))
    t.take()
    await t.send(text(user, '👤 Profile'))
    const [card] = t.take()
    expect(card.payload.text).toBe([
      '<b>👤 Your profile</b>',
      '',
      'Who you are: 🩺 Doctor',
      'Full name: — not set',
      'Home institution: — not set',
      'Specialty: — not set',
      'Experience: — not set',
      'English: — not set',
      '',
      '⚠️ Before you apply, please add: full name, home institution, specialty, experience or year of study, English level.',
    ].join('\n'))
    expect(buttons(card)).toEqual([
      [['✏️ Who you are', 'pe:kind'], ['✏️ Name', 'pe:name']],
      [['✏️ Institution', 'pe:institution'], ['✏️ Specialty', 'pe:specialty']],
      [['✏️ Experience', 'pe:experience'], ['✏️ English', 'pe:english']],
      [['📎 My documents', 'dc:show']],
    ])
    await t.send(callback(user, 'pe:experience'), text(user, '99'), text(user, '1'))
    const texts = t.texts()
    expect(texts[0]).toBe('How many years have you worked in medicine? Choose below, or send a number from 0 to 60.')
    expect(texts[1]).toBe('Please send a whole number from 0 to 60.')
    expect(texts.at(-1)).toContain('Experience: 1 year')
    await t.send(callback(user, 'pe:bogus'))
    expect(t.take().map(c => c.payload.text)).toEqual(['This button is no longer valid. Please open the menu again.'])
  })

  it('when a Ukrainian person edits their name, then the card shows it escaped, in Ukrainian', async () => {
    const user = person(205, 'uk')
    const t = createTestBot(db)
    await t.send(text(user, '/profile'), callback(user, 'pe:name'), text(user, 'Іван <b>Петренко</b>'))
    const card = t.texts().at(-1)
    expect(card).toContain('Повне ім\'я: Іван &lt;b&gt;Петренко&lt;/b&gt;')
    expect(card).toContain('⚠️ Перед поданням заявки додайте: хто ви, заклад, спеціальність, досвід або курс, рівень англійської.')
  })
})
