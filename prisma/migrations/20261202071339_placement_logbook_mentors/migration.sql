-- CreateEnum
CREATE TYPE "ProcedureRole" AS ENUM ('observed', 'assisted', 'performed');

-- CreateEnum
CREATE TYPE "EntryReview" AS ENUM ('pending', 'confirmed', 'returned');

-- AlterEnum
ALTER TYPE "InviteRole" ADD VALUE 'mentor';

-- AlterEnum
ALTER TYPE "PortfolioEntryKind" ADD VALUE 'teaching';

-- AlterTable
ALTER TABLE "CoordinatorInvite" ADD COLUMN     "placementId" INTEGER;

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "arrivalAt" TIMESTAMP(3),
ADD COLUMN     "arrivalTransport" TEXT,
ADD COLUMN     "department" TEXT,
ADD COLUMN     "mentorContact" TEXT,
ADD COLUMN     "mentorName" TEXT,
ADD COLUMN     "mentorPosition" TEXT,
ADD COLUMN     "mentorUserId" INTEGER,
ADD COLUMN     "verificationCode" TEXT;

-- AlterTable
ALTER TABLE "PortfolioEntry" ADD COLUMN     "photoFileId" TEXT,
ADD COLUMN     "procedureRole" "ProcedureRole",
ADD COLUMN     "review" "EntryReview" NOT NULL DEFAULT 'pending',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER,
ADD COLUMN     "specialty" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PlacementSurvey" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "teaching" INTEGER NOT NULL,
    "supervision" INTEGER NOT NULL,
    "organisation" INTEGER NOT NULL,
    "safety" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlacementSurvey_placementId_key" ON "PlacementSurvey"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_verificationCode_key" ON "Placement"("verificationCode");

-- CreateIndex
CREATE INDEX "Placement_mentorUserId_idx" ON "Placement"("mentorUserId");

-- CreateIndex
CREATE INDEX "PortfolioEntry_review_idx" ON "PortfolioEntry"("review");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_mentorUserId_fkey" FOREIGN KEY ("mentorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementSurvey" ADD CONSTRAINT "PlacementSurvey_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioEntry" ADD CONSTRAINT "PortfolioEntry_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorInvite" ADD CONSTRAINT "CoordinatorInvite_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
