-- AlterTable
ALTER TABLE "WardReportSnapshot" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" UUID;

-- CreateIndex
CREATE INDEX "WardReportSnapshot_publishedById_idx" ON "WardReportSnapshot"("publishedById");

-- AddForeignKey
ALTER TABLE "WardReportSnapshot" ADD CONSTRAINT "WardReportSnapshot_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
