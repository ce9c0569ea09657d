# Build stage: everything (dev tools too), the Prisma client generated offline
# (see prisma/generate.mjs) and the whole program type-checked.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# prisma generate and @prisma/engines' install script look for a native schema
# engine and download one when it is missing. MedTwin needs none (WebAssembly
# does the work): any executable stops the download, so node itself.
ENV PRISMA_SCHEMA_ENGINE_BINARY=/usr/local/bin/node
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY locales ./locales
COPY test ./test
RUN npm run generate && npm run typecheck

# Runtime dependencies, in a stage of their own: `npm ci --omit=dev` from the
# same lockfile, without install scripts (no engine download, no client
# generation; the client comes from the build stage). It still installs the
# optional peers of @prisma/client (the Prisma CLI, typescript, studio,
# react-dom…), because they are dev dependencies too: scripts/prune-runtime.mjs
# removes those, and the query compilers of databases other than PostgreSQL.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV PRISMA_SCHEMA_ENGINE_BINARY=/usr/local/bin/node
COPY package.json package-lock.json ./
COPY scripts/prune-runtime.mjs ./scripts/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && node scripts/prune-runtime.mjs \
 && npm cache clean --force

# Runtime stage: production dependencies (tsx runs the TypeScript), the
# generated client, locales and migrations; a non-root user; data in a volume.
FROM node:20-bookworm-slim
# PORT: polling mode serves /healthz and /metrics there (webhook mode: the
# webhook server); METRICS_PORT, when set, moves them to a port of their own.
ENV NODE_ENV=production DATA_DIR=/data BOT_MODE=polling HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/locales ./locales
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# 200 only when the process and its database answer (GET /healthz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.METRICS_PORT || process.env.PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly (not npm) so SIGTERM reaches the process and shutdown is clean.
CMD ["node", "--import", "tsx", "src/main.ts"]
