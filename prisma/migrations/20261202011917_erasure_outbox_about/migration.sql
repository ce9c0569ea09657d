-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "aboutUserId" INTEGER;

-- CreateTable
CREATE TABLE "ErasedAccount" (
    "hash" TEXT NOT NULL,
    "erasedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErasedAccount_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_idx" ON "OutboxMessage"("userId");

-- CreateIndex
CREATE INDEX "OutboxMessage_aboutUserId_idx" ON "OutboxMessage"("aboutUserId");

-- People erased before this migration: their rows lose the Telegram id, and a
-- one-way marker keeps a later update from bringing them back (see src/domain/erasure.ts).
INSERT INTO "ErasedAccount" ("hash", "erasedAt")
SELECT encode(sha256(convert_to('medtwin-erased:' || "telegramId"::text, 'UTF8')), 'hex'), "erasedAt"
FROM "User" WHERE "erasedAt" IS NOT NULL AND "telegramId" > 0
ON CONFLICT DO NOTHING;
UPDATE "User" SET "telegramId" = -"id", "username" = NULL, "firstName" = NULL, "lastName" = NULL, "reachable" = false
WHERE "erasedAt" IS NOT NULL AND "telegramId" > 0;
