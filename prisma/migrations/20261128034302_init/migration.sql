-- CreateEnum
CREATE TYPE "JurisdictionKind" AS ENUM ('CITY', 'PROVINCE', 'WARD', 'COMMUNE', 'SPECIAL_ZONE');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PLAN', 'RESOLUTION', 'REPORT', 'PROGRAM', 'DECISION', 'DIRECTIVE', 'SCHEME', 'OFFICIAL_LETTER', 'NOTICE', 'OTHER');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('QUANTITATIVE', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('GT', 'GTE', 'EQ', 'LTE', 'LT', 'APPROX', 'RANGE');

-- CreateEnum
CREATE TYPE "TargetDirection" AS ENUM ('INCREASE', 'DECREASE', 'MAINTAIN');

-- CreateEnum
CREATE TYPE "TargetBasis" AS ENUM ('LEVEL', 'CHANGE', 'AVERAGE_ANNUAL_CHANGE', 'ADDITIONAL');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('PERCENT', 'PERCENTAGE_POINT', 'MONEY', 'COUNT', 'RATE', 'OTHER');

-- CreateEnum
CREATE TYPE "QualitativeKind" AS ENUM ('ACHIEVED', 'ZERO_EVENTS', 'COMPLETE_ASSIGNED');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('KEY', 'SPECIFIC');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskRecurrence" AS ENUM ('ONCE', 'ONGOING', 'MONTHLY', 'QUARTERLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "OutputKind" AS ENUM ('SCHEME', 'PLAN', 'PROGRAM', 'MODEL', 'REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('OFFICE', 'SPECIALISED_OFFICE', 'CENTRE', 'POLICE', 'MILITARY', 'FRONT', 'MASS_ORGANISATION', 'RESIDENTIAL_GROUP', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICE', 'LEADER', 'UNIT_HEAD', 'UNIT_STAFF', 'SUPERVISOR', 'API_CLIENT');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('UPCOMING', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "MeasurementKind" AS ENUM ('ACTUAL', 'ESTIMATE');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "JurisdictionKind" NOT NULL,
    "parentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID,
    "kind" "DocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE,
    "issuer" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT,
    "issuedOn" DATE,
    "placeAndDate" TEXT,
    "issuer" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT,
    "objective" TEXT,
    "purposes" TEXT[],
    "requirements" TEXT[],
    "parentDocumentId" UUID,
    "signerName" TEXT,
    "signerTitle" TEXT,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLegalBasis" (
    "planId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanLegalBasis_pkey" PRIMARY KEY ("planId","documentId")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "parentId" UUID,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorGroup" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "areaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "IndicatorGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "parentId" UUID,
    "number" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "applicableFromYear" INTEGER,
    "note" TEXT,
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "comparator" "Comparator",
    "value" DECIMAL(24,6),
    "minValue" DECIMAL(24,6),
    "maxValue" DECIMAL(24,6),
    "unit" TEXT,
    "measure" "MeasureKind",
    "currency" TEXT,
    "scale" DECIMAL(24,0),
    "perQuantity" DECIMAL(24,6),
    "perUnit" TEXT,
    "direction" "TargetDirection" NOT NULL DEFAULT 'INCREASE',
    "basis" "TargetBasis" NOT NULL DEFAULT 'LEVEL',
    "qualitativeKind" "QualitativeKind",
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "section" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "deadline" DATE,
    "recurrence" "TaskRecurrence" NOT NULL DEFAULT 'ONGOING',
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percentDone" DECIMAL(5,2),
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskOutput" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "OutputKind" NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TaskOutput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "UnitKind" NOT NULL,
    "parentId" UUID,
    "duties" TEXT[],
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "indicatorId" UUID,
    "taskId" UUID,
    "leadUnitId" UUID NOT NULL,
    "leaderId" UUID,
    "inferred" BOOLEAN NOT NULL DEFAULT true,
    "inferenceNote" TEXT,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentCooperatingUnit" (
    "assignmentId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AssignmentCooperatingUnit_pkey" PRIMARY KEY ("assignmentId","unitId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "unitId" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "unitId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrantArea" (
    "grantId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "RoleGrantArea_pkey" PRIMARY KEY ("grantId","areaId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdById" UUID,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "cutoffOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'UPCOMING',
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT,
    "createdById" UUID,
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportTaskLine" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "percentDone" DECIMAL(5,2),
    "results" TEXT,
    "difficulties" TEXT,
    "proposals" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReportTaskLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportIndicatorLine" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "valueToDate" DECIMAL(24,6),
    "yearEndEstimate" DECIMAL(24,6),
    "achieved" BOOLEAN,
    "eventCount" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReportIndicatorLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "kind" "MeasurementKind" NOT NULL,
    "value" DECIMAL(24,6),
    "achieved" BOOLEAN,
    "eventCount" INTEGER,
    "source" TEXT NOT NULL,
    "reportLineId" UUID,
    "recordedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "reportId" UUID,
    "indicatorId" UUID,
    "taskId" UUID,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "actorUserId" UUID,
    "actorTokenId" UUID,
    "jurisdictionId" UUID,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE INDEX "Jurisdiction_parentId_idx" ON "Jurisdiction"("parentId");

-- CreateIndex
CREATE INDEX "Jurisdiction_kind_idx" ON "Jurisdiction"("kind");

-- CreateIndex
CREATE INDEX "Document_jurisdictionId_idx" ON "Document"("jurisdictionId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_number_issuer_key" ON "Document"("number", "issuer");

-- CreateIndex
CREATE INDEX "Plan_jurisdictionId_year_idx" ON "Plan"("jurisdictionId", "year");

-- CreateIndex
CREATE INDEX "Plan_parentDocumentId_idx" ON "Plan"("parentDocumentId");

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- CreateIndex
CREATE INDEX "PlanLegalBasis_documentId_idx" ON "PlanLegalBasis"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE INDEX "Area_parentId_idx" ON "Area"("parentId");

-- CreateIndex
CREATE INDEX "IndicatorGroup_areaId_idx" ON "IndicatorGroup"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorGroup_planId_code_key" ON "IndicatorGroup"("planId", "code");

-- CreateIndex
CREATE INDEX "Indicator_groupId_idx" ON "Indicator"("groupId");

-- CreateIndex
CREATE INDEX "Indicator_areaId_idx" ON "Indicator"("areaId");

-- CreateIndex
CREATE INDEX "Indicator_parentId_idx" ON "Indicator"("parentId");

-- CreateIndex
CREATE INDEX "Indicator_planId_position_idx" ON "Indicator"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_planId_code_key" ON "Indicator"("planId", "code");

-- CreateIndex
CREATE INDEX "Target_indicatorId_position_idx" ON "Target"("indicatorId", "position");

-- CreateIndex
CREATE INDEX "Task_areaId_idx" ON "Task"("areaId");

-- CreateIndex
CREATE INDEX "Task_planId_position_idx" ON "Task"("planId", "position");

-- CreateIndex
CREATE INDEX "Task_status_idx" ON "Task"("status");

-- CreateIndex
CREATE INDEX "Task_deadline_idx" ON "Task"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_code_key" ON "Task"("planId", "code");

-- CreateIndex
CREATE INDEX "TaskOutput_taskId_idx" ON "TaskOutput"("taskId");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_jurisdictionId_code_key" ON "Unit"("jurisdictionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_indicatorId_key" ON "Assignment"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_taskId_key" ON "Assignment"("taskId");

-- CreateIndex
CREATE INDEX "Assignment_planId_idx" ON "Assignment"("planId");

-- CreateIndex
CREATE INDEX "Assignment_leadUnitId_idx" ON "Assignment"("leadUnitId");

-- CreateIndex
CREATE INDEX "Assignment_leaderId_idx" ON "Assignment"("leaderId");

-- CreateIndex
CREATE INDEX "Assignment_confirmedById_idx" ON "Assignment"("confirmedById");

-- CreateIndex
CREATE INDEX "Assignment_inferred_idx" ON "Assignment"("inferred");

-- CreateIndex
CREATE INDEX "AssignmentCooperatingUnit_unitId_idx" ON "AssignmentCooperatingUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_jurisdictionId_idx" ON "User"("jurisdictionId");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "RoleGrant_jurisdictionId_idx" ON "RoleGrant"("jurisdictionId");

-- CreateIndex
CREATE INDEX "RoleGrant_unitId_idx" ON "RoleGrant"("unitId");

-- CreateIndex
CREATE INDEX "RoleGrant_role_idx" ON "RoleGrant"("role");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_userId_role_jurisdictionId_key" ON "RoleGrant"("userId", "role", "jurisdictionId");

-- CreateIndex
CREATE INDEX "RoleGrantArea_areaId_idx" ON "RoleGrantArea"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ApiToken_createdById_idx" ON "ApiToken"("createdById");

-- CreateIndex
CREATE INDEX "ReportingPeriod_jurisdictionId_idx" ON "ReportingPeriod"("jurisdictionId");

-- CreateIndex
CREATE INDEX "ReportingPeriod_status_idx" ON "ReportingPeriod"("status");

-- CreateIndex
CREATE INDEX "ReportingPeriod_closedById_idx" ON "ReportingPeriod"("closedById");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_planId_kind_year_number_key" ON "ReportingPeriod"("planId", "kind", "year", "number");

-- CreateIndex
CREATE INDEX "ProgressReport_planId_idx" ON "ProgressReport"("planId");

-- CreateIndex
CREATE INDEX "ProgressReport_unitId_idx" ON "ProgressReport"("unitId");

-- CreateIndex
CREATE INDEX "ProgressReport_status_idx" ON "ProgressReport"("status");

-- CreateIndex
CREATE INDEX "ProgressReport_periodId_status_idx" ON "ProgressReport"("periodId", "status");

-- CreateIndex
CREATE INDEX "ProgressReport_createdById_idx" ON "ProgressReport"("createdById");

-- CreateIndex
CREATE INDEX "ProgressReport_submittedById_idx" ON "ProgressReport"("submittedById");

-- CreateIndex
CREATE INDEX "ProgressReport_reviewedById_idx" ON "ProgressReport"("reviewedById");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_periodId_unitId_key" ON "ProgressReport"("periodId", "unitId");

-- CreateIndex
CREATE INDEX "ProgressReportTaskLine_taskId_idx" ON "ProgressReportTaskLine"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReportTaskLine_reportId_taskId_key" ON "ProgressReportTaskLine"("reportId", "taskId");

-- CreateIndex
CREATE INDEX "ProgressReportIndicatorLine_indicatorId_idx" ON "ProgressReportIndicatorLine"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReportIndicatorLine_reportId_indicatorId_key" ON "ProgressReportIndicatorLine"("reportId", "indicatorId");

-- CreateIndex
CREATE INDEX "Measurement_periodId_idx" ON "Measurement"("periodId");

-- CreateIndex
CREATE INDEX "Measurement_reportLineId_idx" ON "Measurement"("reportLineId");

-- CreateIndex
CREATE INDEX "Measurement_recordedById_idx" ON "Measurement"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_indicatorId_periodId_kind_key" ON "Measurement"("indicatorId", "periodId", "kind");

-- CreateIndex
CREATE INDEX "Comment_authorId_idx" ON "Comment"("authorId");

-- CreateIndex
CREATE INDEX "Comment_reportId_idx" ON "Comment"("reportId");

-- CreateIndex
CREATE INDEX "Comment_indicatorId_idx" ON "Comment"("indicatorId");

-- CreateIndex
CREATE INDEX "Comment_taskId_idx" ON "Comment"("taskId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_idx" ON "AuditEvent"("actorUserId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorTokenId_idx" ON "AuditEvent"("actorTokenId");

-- CreateIndex
CREATE INDEX "AuditEvent_jurisdictionId_createdAt_idx" ON "AuditEvent"("jurisdictionId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_name_idx" ON "AuditEvent"("name");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_parentDocumentId_fkey" FOREIGN KEY ("parentDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLegalBasis" ADD CONSTRAINT "PlanLegalBasis_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLegalBasis" ADD CONSTRAINT "PlanLegalBasis_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGroup" ADD CONSTRAINT "IndicatorGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGroup" ADD CONSTRAINT "IndicatorGroup_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "IndicatorGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskOutput" ADD CONSTRAINT "TaskOutput_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentCooperatingUnit" ADD CONSTRAINT "AssignmentCooperatingUnit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentCooperatingUnit" ADD CONSTRAINT "AssignmentCooperatingUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrantArea" ADD CONSTRAINT "RoleGrantArea_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "RoleGrant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrantArea" ADD CONSTRAINT "RoleGrantArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportTaskLine" ADD CONSTRAINT "ProgressReportTaskLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportTaskLine" ADD CONSTRAINT "ProgressReportTaskLine_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportIndicatorLine" ADD CONSTRAINT "ProgressReportIndicatorLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportIndicatorLine" ADD CONSTRAINT "ProgressReportIndicatorLine_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_reportLineId_fkey" FOREIGN KEY ("reportLineId") REFERENCES "ProgressReportIndicatorLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorTokenId_fkey" FOREIGN KEY ("actorTokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
