-- DropIndex
DROP INDEX "OutboxMessage_status_dueAt_idx";

-- CreateIndex
CREATE INDEX "OutboxMessage_pending_due_idx" ON "OutboxMessage"("dueAt", "id") WHERE (status = 'pending');

-- CreateIndex
CREATE INDEX "OutboxMessage_sending_lock_idx" ON "OutboxMessage"("lockedUntil") WHERE (status = 'sending');
