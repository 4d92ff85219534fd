-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "year" INTEGER;
