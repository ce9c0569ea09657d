// The program as users run it (node --import tsx src/main.ts), in a child process against the
// local Bot API server: time to "MedTwin is running", resident memory idle and during a broadcast.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
export const benchToken = '123456:BENCH-token-for-the-local-bot-api-server'

export interface MainProcess {
  child: ChildProcess
  /** Milliseconds from spawn to the "MedTwin is running" log line. */
  readyMs: number
  /** The process's resident set now, in MB (from /proc). */
  rssMb: () => Promise<number>
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>
}

export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return kb / 1024
}

/** Starts src/main.ts with `env` (on top of a minimal environment) and waits until it runs. */
export async function startMain(env: Record<string, string>, timeoutMs = 120_000): Promise<MainProcess> {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', BOT_TOKEN: benchToken, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  let output = ''
  const readyMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`src/main.ts did not start in ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (output.includes('MedTwin is running')) {
        clearTimeout(timer)
        resolve(performance.now() - started)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`src/main.ts exited with ${code} before it ran:\n${output.slice(-2000)}`))
    })
  })
  return {
    child,
    readyMs,
    rssMb: () => rssOf(child.pid!),
    async stop() {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

/** Samples `pid`'s resident set every `everyMs` until `done()`; returns the peak in MB. */
export async function peakRss(pid: number, done: () => boolean, everyMs = 200, timeoutMs = 600_000): Promise<number> {
  let peak = 0
  const end = performance.now() + timeoutMs
  while (!done() && performance.now() < end) {
    peak = Math.max(peak, await rssOf(pid).catch(() => 0))
    await new Promise(resolve => setTimeout(resolve, everyMs))
  }
  return peak
}
