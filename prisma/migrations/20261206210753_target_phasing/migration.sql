-- CreateEnum
CREATE TYPE "TargetPhasing" AS ENUM ('LINEAR', 'QUARTERLY', 'NONE');

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "phasing" "TargetPhasing";
