import { describe, expect, it } from 'vitest'
import { formatDay, formatDeadline, formatMonth, parseDay } from '../../src/time/dates.js'

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
