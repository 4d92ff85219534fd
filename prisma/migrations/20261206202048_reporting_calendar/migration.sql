-- AlterEnum
ALTER TYPE "PeriodKind" ADD VALUE 'NINE_MONTHS';

-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN     "calendarVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "reportDueDaysAfterCutoff" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "reportWindowStartDay" INTEGER NOT NULL DEFAULT 15;
