-- CreateEnum
CREATE TYPE "ConsultationKind" AS ENUM ('consultation', 'mentoring');

-- CreateEnum
CREATE TYPE "ConsultationUrgency" AS ENUM ('routine', 'within_72h');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('requested', 'assigned', 'scheduled', 'declined', 'done', 'cancelled');

-- CreateTable
CREATE TABLE "Consultation" (
    "id" SERIAL NOT NULL,
    "kind" "ConsultationKind" NOT NULL,
    "requesterId" INTEGER NOT NULL,
    "fromHospitalId" INTEGER NOT NULL,
    "toHospitalId" INTEGER NOT NULL,
    "specialty" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "urgency" "ConsultationUrgency" NOT NULL DEFAULT 'routine',
    "preferredSlots" TEXT,
    "requesterZone" TEXT NOT NULL DEFAULT 'Europe/Kyiv',
    "anonymisedAt" TIMESTAMP(3) NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'requested',
    "specialistId" INTEGER,
    "assignedAt" TIMESTAMP(3),
    "slotAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "outcome" TEXT,
    "followUp" BOOLEAN,
    "rating" INTEGER,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationMessage" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "fromUserId" INTEGER,
    "side" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAttachment" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "fileName" TEXT,
    "mimeType" TEXT,
    "fileSize" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consultation_toHospitalId_status_idx" ON "Consultation"("toHospitalId", "status");

-- CreateIndex
CREATE INDEX "Consultation_fromHospitalId_idx" ON "Consultation"("fromHospitalId");

-- CreateIndex
CREATE INDEX "Consultation_requesterId_idx" ON "Consultation"("requesterId");

-- CreateIndex
CREATE INDEX "Consultation_specialistId_idx" ON "Consultation"("specialistId");

-- CreateIndex
CREATE INDEX "Consultation_status_slotAt_idx" ON "Consultation"("status", "slotAt");

-- CreateIndex
CREATE INDEX "ConsultationMessage_consultationId_idx" ON "ConsultationMessage"("consultationId");

-- CreateIndex
CREATE INDEX "ConsultationMessage_fromUserId_idx" ON "ConsultationMessage"("fromUserId");

-- CreateIndex
CREATE INDEX "ConsultationAttachment_consultationId_idx" ON "ConsultationAttachment"("consultationId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_fromHospitalId_fkey" FOREIGN KEY ("fromHospitalId") REFERENCES "Hospital"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_toHospitalId_fkey" FOREIGN KEY ("toHospitalId") REFERENCES "Hospital"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationMessage" ADD CONSTRAINT "ConsultationMessage_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationMessage" ADD CONSTRAINT "ConsultationMessage_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAttachment" ADD CONSTRAINT "ConsultationAttachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
