-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "periodValue" DECIMAL(24,6),
ADD COLUMN     "samePeriodLastYear" DECIMAL(24,6);

-- AlterTable
ALTER TABLE "ProgressReportIndicatorLine" ADD COLUMN     "periodValue" DECIMAL(24,6),
ADD COLUMN     "samePeriodLastYear" DECIMAL(24,6);
