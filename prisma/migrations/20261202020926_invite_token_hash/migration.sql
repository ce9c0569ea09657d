-- Invite tokens are stored as their sha256 (hex): existing ones keep working.
-- AlterTable
ALTER TABLE "CoordinatorInvite" ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "tokenHash" TEXT;

UPDATE "CoordinatorInvite" SET "tokenHash" = encode(sha256(convert_to("token", 'UTF8')), 'hex');

ALTER TABLE "CoordinatorInvite" ALTER COLUMN "tokenHash" SET NOT NULL;

-- DropIndex
DROP INDEX "CoordinatorInvite_token_key";

-- AlterTable
ALTER TABLE "CoordinatorInvite" DROP COLUMN "token";

-- CreateIndex
CREATE UNIQUE INDEX "CoordinatorInvite_tokenHash_key" ON "CoordinatorInvite"("tokenHash");
