// The embedded database holds personal data: DATA_DIR is the owner's alone.
// PGlite (Emscripten's NODEFS) creates its files 0666 whatever the umask, so
// the folder is made 0700, and what it holds is tightened on open, on a timer
// and on close.
import { chmod, mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Creates `dir` (and parents) if needed and leaves it readable by its owner only. */
export async function ensurePrivateDir(dir: string) {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await chmod(dir, 0o700)
}

/** Removes every group and other permission below `dir`; returns how many entries it changed. */
export async function tightenTree(dir: string): Promise<number> {
  let changed = 0
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const path = join(dir, entry.name)
    const mode = await stat(path).then(s => s.mode & 0o777, () => null)
    if (mode === null || entry.isSymbolicLink())
      continue
    if (mode & 0o077) {
      await chmod(path, mode & 0o700).catch(() => {})
      changed++
    }
    if (entry.isDirectory())
      changed += await tightenTree(path)
  }
  return changed
}

/** Keeps `dir` private while the database runs; the returned stop tightens it once more. */
export function guardPrivateDir(dir: string, everyMs = 60_000) {
  const timer = setInterval(() => void tightenTree(dir), everyMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await tightenTree(dir)
  }
}
