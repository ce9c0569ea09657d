// A PostgreSQL server of a test's own, to stop and start in fault tests (the
// shared one on 127.0.0.1:5432 belongs to everyone and is never stopped).
// initdb into a temporary folder as the `postgres` user (the server refuses to
// run as root), on a free port, trust authentication on 127.0.0.1 only.
// See /work/shared/notes/faults-and-docker-here.md.
import type { AddressInfo } from 'node:net'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, chown, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = '/usr/lib/postgresql'

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or undefined. */
export function findPgBin(): string | undefined {
  if (!existsSync(root))
    return undefined
  return readdirSync(root)
    .filter(v => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map(v => join(root, v, 'bin'))
    .find(bin => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')))
}

/** Why a test needing its own PostgreSQL cannot run here, or undefined when it can. */
export function pgInstanceUnavailable(): string | undefined {
  if (!findPgBin())
    return `no PostgreSQL server binaries (${root}/*/bin/initdb): install Debian's postgresql package to run this test`
  if (userInfo().uid === 0 && !existsSync('/usr/sbin/runuser') && !existsSync('/usr/bin/su') && !existsSync('/bin/su'))
    return 'running as root without su/runuser: cannot start PostgreSQL as the postgres user'
  return undefined
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface PgInstance {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string
  /** The URL of another database on this server. */
  urlOf: (database: string) => string
  port: number
  dir: string
  /** pg_ctl start (waits until it accepts connections). */
  start: () => Promise<void>
  /** pg_ctl stop -m fast (waits until it is down): every connection is cut. */
  stop: () => Promise<void>
  restart: () => Promise<void>
  running: () => boolean
  /** Stops the server if it runs and deletes its folder. Safe to call twice. */
  destroy: () => Promise<void>
}

/**
 * Creates and starts a throwaway PostgreSQL cluster. Call `destroy()` in a
 * `finally` or `afterAll`: a server left running keeps its port and folder.
 */
export async function startPgInstance(): Promise<PgInstance> {
  const bin = findPgBin()
  if (!bin)
    throw new Error(pgInstanceUnavailable())
  const asRoot = userInfo().uid === 0
  const dir = await mkdtemp(join(tmpdir(), 'medtwin-pg-'))
  const data = join(dir, 'pg')
  const log = join(dir, 'pg.log')
  // As root, everything runs as postgres: it must own the folder (and reach it through /tmp).
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout.trim()), Number(gid.trim()))
    await chmod(dir, 0o700)
  }
  const exec = async (command: string, args: string[]) => {
    if (!asRoot)
      return run(join(bin, command), args)
    // runuser needs no password and no PAM session; su is the fallback.
    if (existsSync('/usr/sbin/runuser'))
      return run('/usr/sbin/runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
    const quoted = [join(bin, command), ...args].map(a => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
    return run('su', ['postgres', '-s', '/bin/sh', '-c', quoted])
  }
  let port = await freePort()
  let up = false
  const options = () => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
  const start = async () => {
    await exec('pg_ctl', ['-D', data, '-o', options(), '-l', log, '-w', '-t', '60', 'start'])
    up = true
  }
  const stop = async () => {
    await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'])
    up = false
  }
  let destroyed = false
  const destroy = async () => {
    if (destroyed)
      return
    destroyed = true
    if (up)
      await stop().catch(() => exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {}))
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
    // The port was free a moment ago; if another process took it since, try another once.
    await start().catch(async () => {
      port = await freePort()
      await start()
    })
  }
  catch (error) {
    await destroy()
    const tail = await readLogTail(dir)
    throw new Error(`could not start a PostgreSQL of the test's own: ${(error as Error).message}${tail}`)
  }
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  return {
    get url() { return urlOf('postgres') },
    urlOf,
    get port() { return port },
    dir,
    start,
    stop,
    restart: async () => {
      await stop()
      await start()
    },
    running: () => up,
    destroy,
  }
}

async function readLogTail(dir: string) {
  try {
    return `\n${(await readFile(join(dir, 'pg.log'), 'utf8')).split('\n').slice(-10).join('\n')}`
  }
  catch {
    return ''
  }
}
