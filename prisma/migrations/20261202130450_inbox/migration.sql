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
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" TIMESTAMP(3),
    "outcome" TEXT,
    "lastError" TEXT,

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE INDEX "InboxUpdate_chatKey_done_updateId_idx" ON "InboxUpdate"("chatKey", "done", "updateId");

-- CreateIndex
CREATE INDEX "InboxUpdate_done_updateId_idx" ON "InboxUpdate"("done", "updateId");

-- CreateIndex
CREATE INDEX "InboxUpdate_doneAt_idx" ON "InboxUpdate"("doneAt");
