// The dates of an internship: it starts after today, ends after it starts, and
// takes applications until a deadline before the start that is not already
// past. Days are YYYY-MM-DD; "today" is the programme zone's day, from the
// domain's clock.
import type { ValidationCode } from './errors.js'

export interface Schedule {
  startsOn: string
  endsOn: string
  deadline: string
}

export type ScheduleField = keyof Schedule

export interface ScheduleProblem { field: ScheduleField, code: ValidationCode }

interface Rule { code: ValidationCode, field: ScheduleField, involves: ScheduleField[], broken: (s: Schedule, today: string) => boolean }

// In the order a person should hear about them.
const rules: Rule[] = [
  { code: 'invalid-start', field: 'startsOn', involves: ['startsOn'], broken: (s, today) => s.startsOn <= today },
  { code: 'invalid-end', field: 'endsOn', involves: ['startsOn', 'endsOn'], broken: s => s.endsOn <= s.startsOn },
  { code: 'invalid-deadline-past', field: 'deadline', involves: ['deadline'], broken: (s, today) => s.deadline < today },
  { code: 'invalid-deadline', field: 'deadline', involves: ['startsOn', 'deadline'], broken: s => s.deadline >= s.startsOn },
]

/**
 * Checks a whole schedule against `today` (YYYY-MM-DD in the programme zone).
 * Returns null when every rule holds, or the first broken one: `invalid-start`
 * (the first day is not after today), `invalid-end` (the last day is not after
 * the first), `invalid-deadline-past` (the deadline is before today) or
 * `invalid-deadline` (the deadline is not before the first day).
 */
export function checkSchedule(schedule: Schedule, today: string): ScheduleProblem | null {
  const rule = rules.find(r => r.broken(schedule, today))
  return rule ? { field: rule.field, code: rule.code } : null
}

/**
 * Checks one changed date against the others: only the rules that involve the
 * changed field, so a draft whose other dates have aged can still be fixed one
 * field at a time. Returns null or the problem, as `checkSchedule`.
 */
export function checkScheduleChange(current: Schedule, field: ScheduleField, value: string, today: string): ScheduleProblem | null {
  const next = { ...current, [field]: value }
  const rule = rules.find(r => r.involves.includes(field) && r.broken(next, today))
  return rule ? { field: rule.field, code: rule.code } : null
}

/**
 * Checks the dates given so far (a flow that asks them one by one): only the
 * rules whose dates are all known. Returns null or the problem, as `checkSchedule`.
 */
export function checkPartialSchedule(partial: Partial<Schedule>, today: string): ScheduleProblem | null {
  const rule = rules.find(r => r.involves.every(f => partial[f] !== undefined) && r.broken(partial as Schedule, today))
  return rule ? { field: rule.field, code: rule.code } : null
}
