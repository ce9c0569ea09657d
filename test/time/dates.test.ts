import { describe, expect, it } from 'vitest'
import { parseExpiry } from '../../src/domain/documents.js'
import { dayFormats, formatDay, formatDeadline, formatMonth, parseDay, readDay } from '../../src/time/dates.js'
import { todayIn } from '../../src/time/zones.js'

describe('one date parser', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    ['1.3.2027', '2027-03-01'],
    ['01.03.2027', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    [' 29.02.2028 ', '2028-02-29'],
  ])('when %j is typed, then it reads %s', (text, day) => {
    expect(parseDay(text)).toEqual({ day })
  })

  it('when the accepted forms are listed, then each of them is read as the same day', () => {
    expect(dayFormats.map(readDay)).toEqual(['2027-03-01', '2027-03-01', '2027-03-01'])
    expect(readDay('31.02.2027')).toBeNull()
  })

  it('when an expiry is typed, then it is read like any day and refused before today', () => {
    expect(parseExpiry('01/03/2027', '2026-12-01')).toEqual({ date: '2027-03-01' })
    expect(parseExpiry('2027-03-01', '2026-12-01')).toEqual({ date: '2027-03-01' })
    expect(parseExpiry('30.11.2026', '2026-12-01')).toEqual({ error: 'past' })
    expect(parseExpiry('31.02.2027', '2026-12-01')).toEqual({ error: 'invalid' })
  })

  it.each(['31.02.2027', '29.02.2027', '2027-13-01', '01-03-2027', '01.03/2027', '1 March 2027', '', '01.03.27', '01.03.2200'])('when %j is typed, then it is not a date', (text) => {
    expect(parseDay(text)).toEqual({ error: 'invalid' })
  })
})

describe('one date formatter', () => {
  it('when a day is shown, then it reads the same in every place, in each language', () => {
    expect(formatDay('en', '2027-03-01')).toBe('1 March 2027')
    expect(formatDay('uk', '2027-03-01')).toBe('1 березня 2027 р.')
    expect(formatMonth('en', '2027-03')).toBe('March 2027')
  })

  it('when a deadline is shown, then it carries its time and zone, summer time included', () => {
    expect(formatDeadline('en', '2027-03-01T21:59:00Z', 'Europe/Kyiv')).toBe('1 March 2027, 23:59 (Europe/Kyiv)')
    expect(formatDeadline('en', '2027-07-01T20:59:00Z', 'Europe/Kyiv')).toBe('1 July 2027, 23:59 (Europe/Kyiv)')
    expect(formatDeadline('uk', '2027-07-01T20:59:00Z', 'Europe/Warsaw')).toBe('1 липня 2027 р., 22:59 (Europe/Warsaw)')
  })
})

describe('the day in a zone', () => {
  it('when it is past midnight in the zone but not in UTC, then the zone\'s day counts', () => {
    const now = new Date('2026-12-01T22:30:00Z')
    expect(todayIn('Europe/Kyiv', now)).toBe('2026-12-02')
    expect(todayIn('UTC', now)).toBe('2026-12-01')
    expect(todayIn('America/New_York', now)).toBe('2026-12-01')
    // The faketime run's instant: 00:30 UTC on 26 March 2028 is still the 25th in New York.
    expect(todayIn('America/New_York', new Date('2028-03-26T00:30:00Z'))).toBe('2028-03-25')
  })
})
