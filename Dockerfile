# syntax=docker/dockerfile:1
# Build stage: install everything, generate the Prisma client (offline: no
# engine download, see prisma/generate.mjs) and type-check.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY locales ./locales
COPY test ./test
RUN npm run generate && npm run typecheck \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: production dependencies (tsx runs the TypeScript), the
# generated client, locales and migrations; a non-root user; data in a volume.
FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data BOT_MODE=polling HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/locales ./locales
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# node directly (not npm) so SIGTERM reaches the process and shutdown is clean.
CMD ["node", "--import", "tsx", "src/main.ts"]
