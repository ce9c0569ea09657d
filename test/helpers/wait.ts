// Waiting for something that happens on the real event loop (a server's record,
// a dispatcher's rows), without reading the wall clock: a bounded number of
// short yields. A count of rounds, never a measure of time.
export async function until(predicate: () => boolean | Promise<boolean>, what: string, rounds = 3000) {
  for (let round = 0; round < rounds; round++) {
    if (await predicate())
      return
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  throw new Error(`gave up waiting for ${what} after ${rounds} rounds`)
}
