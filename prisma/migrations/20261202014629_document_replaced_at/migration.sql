-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "replacedAt" TIMESTAMP(3);
