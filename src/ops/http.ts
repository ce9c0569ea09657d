// The operations routes: GET /healthz (200 when the process and its database
// answer, else 503) and GET /metrics (Prometheus text). The webhook server
// serves them beside updates; in polling mode a small server of their own does.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Registry } from 'prom-client'
import type { HealthCheck } from '../db/health.js'
import type { Logger } from '../logger.js'
import { createServer } from 'node:http'

export interface OpsRoutes {
  health: HealthCheck
  /** Absent: /metrics is not served here. */
  registry?: Registry
}

/** Answers /healthz and /metrics; returns false for any other request (left unanswered). */
export async function serveOps(req: IncomingMessage, res: ServerResponse, routes: OpsRoutes, logger: Logger): Promise<boolean> {
  if (req.method !== 'GET')
    return false
  const path = (req.url ?? '').split('?')[0]
  if (path === '/healthz') {
    const healthy = await routes.health()
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' }).end(healthy ? 'ok' : 'database unavailable')
    return true
  }
  if (path === '/metrics' && routes.registry) {
    try {
      const text = await routes.registry.metrics()
      res.writeHead(200, { 'content-type': routes.registry.contentType }).end(text)
    }
    catch (error) {
      logger.error({ err: { message: String((error as Error)?.message ?? error) } }, 'metrics collection failed')
      res.writeHead(500).end()
    }
    return true
  }
  return false
}

/** A server with the operations routes only (polling mode); 404 for anything else. */
export function createOpsServer(routes: OpsRoutes, logger: Logger): Server {
  return createServer(async (req, res) => {
    req.resume()
    if (!(await serveOps(req, res, routes, logger)))
      res.writeHead(404).end()
  })
}

export async function startOpsServer(routes: OpsRoutes, where: { host: string, port: number }, logger: Logger) {
  const server = createOpsServer(routes, logger)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(where.port, where.host, resolve)
  })
  logger.info(where, 'health and metrics server listening')
  return () => new Promise<void>(resolve => server.close(() => resolve()))
}
