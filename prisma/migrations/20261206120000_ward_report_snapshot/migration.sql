-- CreateTable
CREATE TABLE "WardReportSnapshot" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "finalizedById" UUID,
    "finalizedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WardReportSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WardReportSnapshot_periodId_key" ON "WardReportSnapshot"("periodId");

-- CreateIndex
CREATE INDEX "WardReportSnapshot_finalizedById_idx" ON "WardReportSnapshot"("finalizedById");

-- AddForeignKey
ALTER TABLE "WardReportSnapshot" ADD CONSTRAINT "WardReportSnapshot_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WardReportSnapshot" ADD CONSTRAINT "WardReportSnapshot_finalizedById_fkey" FOREIGN KEY ("finalizedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
