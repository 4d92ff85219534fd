-- AlterTable
ALTER TABLE "ProgressReportIndicatorLine" ADD COLUMN     "adoptedFromLineId" UUID;

-- CreateIndex
CREATE INDEX "ProgressReportIndicatorLine_adoptedFromLineId_idx" ON "ProgressReportIndicatorLine"("adoptedFromLineId");

-- AddForeignKey
ALTER TABLE "ProgressReportIndicatorLine" ADD CONSTRAINT "ProgressReportIndicatorLine_adoptedFromLineId_fkey" FOREIGN KEY ("adoptedFromLineId") REFERENCES "ProgressReportIndicatorLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;
