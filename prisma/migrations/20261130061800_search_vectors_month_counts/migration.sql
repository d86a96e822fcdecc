-- manual
-- Reads at a million records (docs/decisions/009-reads-at-a-million.md), in what Prisma cannot express.
--
-- 1. Full text from stored tsvector columns. The expression indexes of 20261124220000_public_search were used for
--    matching only: ranking, and every recheck of a lossy bitmap, parsed the text again per row. A generated
--    column is parsed once, on write. Queries compare "searchVector" (lib/search/text-match.ts).
ALTER TABLE "Quote" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;
DROP INDEX "Quote_text_fts_idx";
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A')
                       || setweight(to_tsvector('english'::regconfig, "body"), 'B')) STORED;
DROP INDEX "Article_fts_idx";
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Korean, Chinese and Japanese are not split into words by the English configuration (no spaces in Chinese; Korean
-- attaches particles to words): such queries match substrings, which a trigram index serves.
CREATE INDEX "Quote_text_trgm_idx" ON "Quote" USING GIN ("text" gin_trgm_ops);

-- 2. StanceReadMonthCount: StanceReadCount by month instead of year (the explorer's timeline and matrix, the home
--    timeline), kept exactly by triggers on StanceRead like StanceReadCount, with the same three sums: "n" stances,
--    "statements" (rows leading their statement among rows visible with a token) and "publishedStatements".
CREATE TABLE "StanceReadMonthCount" (
    "published" BOOLEAN NOT NULL,
    "holderCountryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "attribution" "AttributionKind" NOT NULL,
    "month" DATE NOT NULL,
    "speakerCountryId" INTEGER,
    "n" BIGINT NOT NULL,
    "statements" BIGINT NOT NULL,
    "publishedStatements" BIGINT NOT NULL,
    CONSTRAINT "StanceReadMonthCount_key" UNIQUE NULLS NOT DISTINCT
      ("published", "holderCountryId", "dimensionId", "positionId", "attribution", "month", "speakerCountryId")
);

INSERT INTO "StanceReadMonthCount"
SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution",
       date_trunc('month', "statedOn")::date, "speakerCountryId",
       count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished")
  FROM "StanceRead"
 GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE FUNCTION "stance_read_month_count_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StanceReadMonthCount" AS c
  SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution",
         date_trunc('month', "statedOn")::date, "speakerCountryId",
         count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished")
    FROM new_rows
   GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT "StanceReadMonthCount_key" DO UPDATE
     SET "n" = c."n" + EXCLUDED."n", "statements" = c."statements" + EXCLUDED."statements",
         "publishedStatements" = c."publishedStatements" + EXCLUDED."publishedStatements";
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_month_count_subtract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StanceReadMonthCount" c
     SET "n" = c."n" - o."n", "statements" = c."statements" - o."statements",
         "publishedStatements" = c."publishedStatements" - o."publishedStatements"
    FROM (SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution",
                 date_trunc('month', "statedOn")::date AS "month", "speakerCountryId",
                 count(*) AS "n", count(*) FILTER (WHERE "leadVisible") AS "statements",
                 count(*) FILTER (WHERE "leadPublished") AS "publishedStatements"
            FROM old_rows
           GROUP BY 1, 2, 3, 4, 5, 6, 7) o
   WHERE c."published" = o."published" AND c."holderCountryId" = o."holderCountryId" AND c."dimensionId" = o."dimensionId"
     AND c."positionId" = o."positionId" AND c."attribution" = o."attribution" AND c."month" = o."month"
     AND c."speakerCountryId" IS NOT DISTINCT FROM o."speakerCountryId";
  DELETE FROM "StanceReadMonthCount" WHERE "n" = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "stance_read_month_count_insert" AFTER INSERT ON "StanceRead" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_month_count_add"();
CREATE TRIGGER "stance_read_month_count_delete" AFTER DELETE ON "StanceRead" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_month_count_subtract"();
CREATE TRIGGER "stance_read_month_count_update_old" AFTER UPDATE ON "StanceRead" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_month_count_subtract"();
CREATE TRIGGER "stance_read_month_count_update_new" AFTER UPDATE ON "StanceRead" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_month_count_add"();

-- 3. The public pages' lists, by key from the read model: a country's stances (as holder) and a position's, newest
--    first, published only.
CREATE INDEX "StanceRead_published_holder_statedOn_idx" ON "StanceRead" ("holderCountryId", "statedOn", "stanceId")
  WHERE "published";
CREATE INDEX "StanceRead_published_position_statedOn_idx" ON "StanceRead" ("positionId", "statedOn", "stanceId")
  WHERE "published";

ANALYZE "Quote";
ANALYZE "Article";
ANALYZE "StanceReadMonthCount";
