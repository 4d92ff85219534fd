-- CreateEnum
CREATE TYPE "ContributionRule" AS ENUM ('SUM', 'WEIGHTED_AVERAGE', 'ALL_OF');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "contributesToId" UUID,
ADD COLUMN     "contributionRule" "ContributionRule",
ADD COLUMN     "contributionWeight" DECIMAL(24,6);

-- CreateIndex
CREATE INDEX "Indicator_contributesToId_idx" ON "Indicator"("contributesToId");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_contributesToId_fkey" FOREIGN KEY ("contributesToId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
