-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('RECORDED', 'ASSIGNED', 'ANSWERED', 'RESOLVED');

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "indicatorId" UUID,
    "taskId" UUID,
    "content" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'RECORDED',
    "unitId" UUID,
    "assignedAt" TIMESTAMP(3),
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" UUID,
    "frontNote" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "recordedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Recommendation_jurisdictionId_idx" ON "Recommendation"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Recommendation_planId_status_idx" ON "Recommendation"("planId", "status");

-- CreateIndex
CREATE INDEX "Recommendation_unitId_idx" ON "Recommendation"("unitId");

-- CreateIndex
CREATE INDEX "Recommendation_indicatorId_idx" ON "Recommendation"("indicatorId");

-- CreateIndex
CREATE INDEX "Recommendation_taskId_idx" ON "Recommendation"("taskId");

-- CreateIndex
CREATE INDEX "Recommendation_answeredById_idx" ON "Recommendation"("answeredById");

-- CreateIndex
CREATE INDEX "Recommendation_recordedById_idx" ON "Recommendation"("recordedById");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
