-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "VolunteerProfession" AS ENUM ('doctor', 'nurse', 'paramedic');

-- CreateEnum
CREATE TYPE "VolunteerStatus" AS ENUM ('submitted', 'invited', 'declined', 'withdrawn', 'accepted');

-- CreateTable
CREATE TABLE "Need" (
    "id" SERIAL NOT NULL,
    "slug" TEXT,
    "hospitalId" INTEGER NOT NULL,
    "specialty" TEXT NOT NULL,
    "departmentUk" TEXT NOT NULL,
    "departmentEn" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "wardLanguages" TEXT[],
    "accommodation" BOOLEAN NOT NULL DEFAULT false,
    "translator" BOOLEAN NOT NULL DEFAULT false,
    "securityNotesUk" TEXT,
    "securityNotesEn" TEXT,
    "status" "NeedStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerProfile" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "profession" "VolunteerProfession" NOT NULL,
    "specialty" TEXT NOT NULL,
    "licenceCountry" TEXT NOT NULL,
    "licenceNumber" TEXT NOT NULL,
    "licenceIssuer" TEXT NOT NULL,
    "experienceYears" INTEGER NOT NULL,
    "languages" TEXT[],
    "availableFrom" DATE NOT NULL,
    "availableTo" DATE NOT NULL,
    "licenceDocumentId" INTEGER,
    "cvDocumentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerApplication" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "needId" INTEGER,
    "hospitalId" INTEGER,
    "status" "VolunteerStatus" NOT NULL DEFAULT 'submitted',
    "specialty" TEXT NOT NULL,
    "licenceCountry" TEXT NOT NULL,
    "licenceVerifiedAt" TIMESTAMP(3),
    "licenceVerifiedById" INTEGER,
    "licenceNote" TEXT,
    "invitedFrom" DATE,
    "invitedTo" DATE,
    "declineReason" TEXT,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerChecklistItem" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Need_slug_key" ON "Need"("slug");

-- CreateIndex
CREATE INDEX "Need_status_startsOn_idx" ON "Need"("status", "startsOn");

-- CreateIndex
CREATE INDEX "Need_hospitalId_status_idx" ON "Need"("hospitalId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerProfile_userId_key" ON "VolunteerProfile"("userId");

-- CreateIndex
CREATE INDEX "VolunteerApplication_status_createdAt_idx" ON "VolunteerApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "VolunteerApplication_hospitalId_status_idx" ON "VolunteerApplication"("hospitalId", "status");

-- CreateIndex
CREATE INDEX "VolunteerApplication_userId_idx" ON "VolunteerApplication"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerChecklistItem_applicationId_key_key" ON "VolunteerChecklistItem"("applicationId", "key");

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerChecklistItem" ADD CONSTRAINT "VolunteerChecklistItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
