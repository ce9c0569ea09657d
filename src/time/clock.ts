// The one clock the program reads "now" from. Built once in main.ts and passed
// down, so tests (and a process under a fake time) decide what time it is.

/** The current instant. */
export type Clock = () => Date

/** The real time, for the running program. */
export const systemClock: Clock = () => new Date()
