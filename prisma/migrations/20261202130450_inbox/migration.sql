-- CreateTable
CREATE TABLE "InboxUpdate" (
    "updateId" BIGINT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "update" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "outcome" TEXT,
    "lastError" TEXT,

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE INDEX "InboxUpdate_chatKey_doneAt_updateId_idx" ON "InboxUpdate"("chatKey", "doneAt", "updateId");

-- CreateIndex
CREATE INDEX "InboxUpdate_doneAt_updateId_idx" ON "InboxUpdate"("doneAt", "updateId");
