-- Coding rules 1.1 (shared/CODEBOOK.md, issue #12): statements with several reports, speakers of four kinds, dates
-- with a precision, stances with a strength, country names in Korean and Chinese. Existing rows move over with
-- nothing lost: every quote becomes the only report of its own statement (Statement.id = Quote.id), keeps its date
-- as a day, and gets the speaker kind its columns already say; each stance is `explicit`.

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('person', 'organization', 'outlet', 'unnamed');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "StanceStrength" AS ENUM ('explicit', 'implied');

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "nameKo" TEXT,
ADD COLUMN     "nameZh" TEXT;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "speakerKind" "SpeakerKind",
ADD COLUMN     "speakerOrganizationId" INTEGER,
ADD COLUMN     "statedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
ADD COLUMN     "statedOnReported" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "statementId" INTEGER;

-- AlterTable
ALTER TABLE "Stance" ADD COLUMN     "strength" "StanceStrength" NOT NULL DEFAULT 'explicit';

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "countryId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- Backfill (hand-written): one statement per existing quote, with the quote's id.
INSERT INTO "Statement" ("id", "createdAt") SELECT "id", "createdAt" FROM "Quote";
SELECT setval(pg_get_serial_sequence('"Statement"', 'id'), coalesce((SELECT max("id") FROM "Statement"), 0) + 1, false);

-- A ministry's or embassy's readout without a named person was a label with a country: it becomes an organization.
INSERT INTO "Organization" ("name", "countryId", "updatedAt")
SELECT DISTINCT "speakerLabel", "speakerCountryId", CURRENT_TIMESTAMP
  FROM "Quote"
 WHERE "speakerId" IS NULL AND "speakerLabel" IS NOT NULL AND "attribution" = 'official_statement';

-- Speaker kinds from what the columns say: a person; an organization's readout; a journalist's summary (`reported`,
-- whose label stays as it was); any other label is an unnamed source described by it.
UPDATE "Quote" q
   SET "statementId" = q."id",
       "speakerKind" = CASE
         WHEN q."speakerId" IS NOT NULL THEN 'person'
         WHEN q."attribution" = 'official_statement' AND q."speakerLabel" IS NOT NULL THEN 'organization'
         WHEN q."attribution" = 'reported' THEN 'outlet'
         ELSE 'unnamed' END::"SpeakerKind",
       "speakerOrganizationId" = (
         SELECT o."id" FROM "Organization" o
          WHERE q."speakerId" IS NULL AND q."attribution" = 'official_statement'
            AND o."name" = q."speakerLabel" AND o."countryId" IS NOT DISTINCT FROM q."speakerCountryId");

ALTER TABLE "Quote" ALTER COLUMN "speakerKind" SET NOT NULL,
ALTER COLUMN "statementId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Organization_name_countryId_key" ON "Organization"("name", "countryId");

-- CreateIndex
CREATE INDEX "Quote_statementId_idx" ON "Quote"("statementId");

-- CreateIndex
CREATE INDEX "Quote_speakerOrganizationId_idx" ON "Quote"("speakerOrganizationId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

