import type { Update } from 'grammy/types'
// The real program (`node --import tsx src/main.ts`) as a child process, for
// fault tests, and a stand-in for Telegram's webhook deliveries: it posts an
// update and, like Telegram, posts it again until it gets a 200.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { testToken } from './bot.js'
import { until } from './wait.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface Program {
  child: ChildProcess
  pid: number
  /** Everything it printed (stdout and stderr). */
  output: () => string
  /** Its pino lines, parsed. */
  logs: () => Array<Record<string, any>>
  exited: Promise<number | null>
  /** Still running (no exit, no signal). */
  alive: () => boolean
  /** Waits for a log line whose msg is `msg`. */
  waitForLog: (msg: string, rounds?: number) => Promise<void>
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>
  kill: () => void
}

/** Starts src/main.ts with only the environment given (plus PATH, HOME and the test token). */
export function startProgram(env: Record<string, string>): Program {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, BOT_TOKEN: testToken, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const lines: Array<Record<string, any>> = []
  let partial = ''
  child.stdout!.on('data', (chunk) => {
    output += chunk
    partial += chunk
    const parts = partial.split('\n')
    partial = parts.pop()!
    for (const line of parts) {
      try {
        lines.push(JSON.parse(line))
      }
      catch {}
    }
  })
  child.stderr!.on('data', (chunk) => { output += chunk })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  const alive = () => child.exitCode === null && child.signalCode === null
  return {
    child,
    pid: child.pid!,
    output: () => output,
    logs: () => lines,
    exited,
    alive,
    async waitForLog(msg, rounds = 12_000) {
      await until(() => {
        if (!alive())
          throw new Error(`the program exited (${child.exitCode ?? child.signalCode}) before logging "${msg}":\n${output.slice(-3000)}`)
        return lines.some(line => line.msg === msg)
      }, `the program to log "${msg}"`, rounds)
    },
    async stop() {
      if (alive())
        child.kill('SIGTERM')
      return exited
    },
    kill() {
      if (alive())
        child.kill('SIGKILL')
    },
  }
}

export interface Delivery {
  update_id: number
  /** Where it was posted, in order, with the status each post got (0: no answer). */
  attempts: Array<{ port: number, status: number }>
  /** The status of the last post (200 once delivered). */
  status: number
}

export interface WebhookSenderOptions {
  secret: string
  /** Pause between posts of an update that failed (Telegram backs off; tests need not). */
  retryMs?: number
  /** Gives up after this many posts (then `status` is the last one's). */
  maxAttempts?: number
}

/** Posts updates to webhook servers on 127.0.0.1 the way Telegram does: again and again until 200. */
export function createWebhookSender(options: WebhookSenderOptions) {
  const deliveries: Delivery[] = []
  const post = async (port: number, update: Update) => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': options.secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(30_000),
      })
      await response.arrayBuffer()
      return response.status
    }
    catch {
      return 0
    }
  }
  return {
    deliveries,
    post,
    /**
     * Delivers one update, choosing the port for each post (a load balancer:
     * `ports()` may answer another instance every time). Resolves once a post got 200.
     */
    async deliver(update: Update, ports: () => number): Promise<Delivery> {
      const delivery: Delivery = { update_id: update.update_id, attempts: [], status: 0 }
      deliveries.push(delivery)
      const maxAttempts = options.maxAttempts ?? 1000
      while (delivery.attempts.length < maxAttempts) {
        const port = ports()
        delivery.status = await post(port, update)
        delivery.attempts.push({ port, status: delivery.status })
        if (delivery.status === 200)
          break
        await new Promise(resolve => setTimeout(resolve, options.retryMs ?? 1000))
      }
      return delivery
    },
  }
}

/** GET /healthz on 127.0.0.1:port: its status, 0 when nothing answered. */
export async function healthz(port: number) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })
    await response.arrayBuffer()
    return response.status
  }
  catch {
    return 0
  }
}

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
