-- manual
-- "StanceReadCount": the number of StanceRead rows per combination of the columns the explorer counts by and most
-- often filters on, so that its count and facets over everything (or a country, dimension, position, speaker's
-- country, attribution or whole years) add up a few thousand rows instead of scanning a million
-- (docs/decisions/008-stance-read-performance.md). Exact: triggers on StanceRead add and subtract in the same
-- statement as every change to StanceRead, itself made only by the triggers of migration 20261124230000_stance_read
-- under their advisory lock, so concurrent writers never lose an update. Not a Prisma model: nothing else writes it.

CREATE TABLE "StanceReadCount" (
    "published" BOOLEAN NOT NULL,
    "holderCountryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "attribution" "AttributionKind" NOT NULL,
    "year" SMALLINT NOT NULL,
    "speakerCountryId" INTEGER,
    "n" BIGINT NOT NULL,
    CONSTRAINT "StanceReadCount_key" UNIQUE NULLS NOT DISTINCT
      ("published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId")
);

INSERT INTO "StanceReadCount"
SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId", count(*)
  FROM "StanceRead"
 GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId";

CREATE FUNCTION "stance_read_count_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StanceReadCount" AS c
  SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId", count(*)
    FROM new_rows
   GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId"
  ON CONFLICT ON CONSTRAINT "StanceReadCount_key" DO UPDATE SET "n" = c."n" + EXCLUDED."n";
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_count_subtract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StanceReadCount" c SET "n" = c."n" - o."n"
    FROM (SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId", count(*) AS "n"
            FROM old_rows
           GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId") o
   WHERE c."published" = o."published" AND c."holderCountryId" = o."holderCountryId" AND c."dimensionId" = o."dimensionId"
     AND c."positionId" = o."positionId" AND c."attribution" = o."attribution" AND c."year" = o."year"
     AND c."speakerCountryId" IS NOT DISTINCT FROM o."speakerCountryId";
  DELETE FROM "StanceReadCount" WHERE "n" = 0;
  RETURN NULL;
END $$;

-- StanceRead is only ever inserted into and deleted from; an UPDATE (by hand) is counted as both.
CREATE TRIGGER "stance_read_count_insert" AFTER INSERT ON "StanceRead" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_count_add"();
CREATE TRIGGER "stance_read_count_delete" AFTER DELETE ON "StanceRead" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_count_subtract"();
CREATE TRIGGER "stance_read_count_update_old" AFTER UPDATE ON "StanceRead" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_count_subtract"();
CREATE TRIGGER "stance_read_count_update_new" AFTER UPDATE ON "StanceRead" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_count_add"();

ANALYZE "StanceRead";
ANALYZE "StanceReadCount";
