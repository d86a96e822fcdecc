-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "contributorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "contributorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "CountryStance" ADD COLUMN     "contributorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- Existing records: their author (importer) is their one known contributor.
UPDATE "Article" SET "contributorIds" = ARRAY["createdById"] WHERE "createdById" IS NOT NULL;
UPDATE "Quote" SET "contributorIds" = ARRAY["authorId"] WHERE "authorId" IS NOT NULL;
UPDATE "CountryStance" SET "contributorIds" = ARRAY["authorId"] WHERE "authorId" IS NOT NULL;
