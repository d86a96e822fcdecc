-- manual
-- Coding rules 1.1 in what Prisma cannot express: CHECKs on the speaker kind and the date precision, and the read
-- model (docs/decisions/008-stance-read-performance.md) with the new columns, rebuilt from scratch with the same
-- table, view, function and trigger names.
--
-- New in StanceRead: statementId, strength, statedOnPrecision, statedUntil (the last day of the statement's period:
-- filters treat a month or a year as its range), speakerKind, speakerOrganizationId, and two flags that make counts
-- count statements, not reports (rule 9):
--   "leadPublished": the row is published and is the first published report (lowest quoteId) of its statement
--                    with this (dimension, position, holder);
--   "leadVisible":   the same among every row visible with a token (published or in review).
-- So a statement reported by three articles is three rows but one lead. A change to one report can move the lead
-- to another report of the same statement, so every trigger refreshes whole statements.
-- The analyst flag is `attribution = 'analyst'` (rule 7: analysts never count toward a country).

ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speaker_kind_check" CHECK (
  ("speakerKind" <> 'person' OR "speakerId" IS NOT NULL)
  AND ("speakerKind" <> 'organization' OR "speakerOrganizationId" IS NOT NULL));
-- A month is kept as its first day, a year as 1 January.
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statedOn_precision_check" CHECK (
  "statedOnPrecision" = 'day'
  OR ("statedOnPrecision" = 'month' AND extract(day FROM "statedOn") = 1)
  OR ("statedOnPrecision" = 'year' AND extract(month FROM "statedOn") = 1 AND extract(day FROM "statedOn") = 1));

DROP TRIGGER "stance_read_stance_insert" ON "Stance";
DROP TRIGGER "stance_read_stance_update" ON "Stance";
DROP TRIGGER "stance_read_stance_delete" ON "Stance";
DROP TRIGGER "stance_read_quote_update" ON "Quote";
DROP TRIGGER "stance_read_quote_delete" ON "Quote";
DROP TRIGGER "stance_read_article_update" ON "Article";
DROP TRIGGER "stance_read_article_delete" ON "Article";
DROP FUNCTION "stance_read_stance_insert"();
DROP FUNCTION "stance_read_stance_update"();
DROP FUNCTION "stance_read_stance_delete"();
DROP FUNCTION "stance_read_quote_update"();
DROP FUNCTION "stance_read_quote_delete"();
DROP FUNCTION "stance_read_article_update"();
DROP FUNCTION "stance_read_article_delete"();
DROP VIEW "StanceReadSource";
DROP TABLE "StanceReadCount";
DROP TABLE "StanceRead"; -- with the count triggers on it
DROP FUNCTION "stance_read_count_add"();
DROP FUNCTION "stance_read_count_subtract"();

CREATE TABLE "StanceRead" (
    "stanceId" INTEGER NOT NULL,
    "quoteId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "statementId" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL,
    "statedOn" DATE NOT NULL,
    "statedUntil" DATE NOT NULL,
    "statedOnPrecision" "DatePrecision" NOT NULL,
    "year" SMALLINT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "speakerKind" "SpeakerKind" NOT NULL,
    "speakerCountryId" INTEGER,
    "personId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "attribution" "AttributionKind" NOT NULL,
    "holderCountryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "strength" "StanceStrength" NOT NULL,
    "outletId" INTEGER,
    "leadPublished" BOOLEAN NOT NULL,
    "leadVisible" BOOLEAN NOT NULL,
    CONSTRAINT "StanceRead_pkey" PRIMARY KEY ("stanceId")
);

-- The rows of StanceRead, computed from the source tables; every trigger below inserts from here. The lead flags
-- partition by statementId first, so a condition on statementId reaches the base tables (through
-- Quote_statementId_idx) before the window functions run.
CREATE VIEW "StanceReadSource" AS
SELECT v."stanceId", v."quoteId", v."articleId", v."statementId", v."published", v."statedOn",
       CASE v."statedOnPrecision"
         WHEN 'day' THEN v."statedOn"
         WHEN 'month' THEN (v."statedOn" + interval '1 month' - interval '1 day')::date
         ELSE (v."statedOn" + interval '1 year' - interval '1 day')::date END AS "statedUntil",
       v."statedOnPrecision", v."year", v."publishedOn", v."speakerKind", v."speakerCountryId", v."personId",
       v."speakerOrganizationId", v.attribution, v."holderCountryId", v."dimensionId", v."positionId", v.strength,
       v."outletId",
       (v."published" AND row_number() OVER (
          PARTITION BY v."statementId", v."published", v."dimensionId", v."positionId", v."holderCountryId"
          ORDER BY v."quoteId", v."stanceId") = 1) AS "leadPublished",
       (row_number() OVER (
          PARTITION BY v."statementId", v."dimensionId", v."positionId", v."holderCountryId"
          ORDER BY v."quoteId", v."stanceId") = 1) AS "leadVisible"
  FROM (
    SELECT s.id AS "stanceId", q.id AS "quoteId", a.id AS "articleId", q."statementId",
           (q.status = 'published' AND a.status = 'published') AS "published",
           q."statedOn", q."statedOnPrecision", extract(year FROM q."statedOn")::smallint AS "year", a."publishedOn",
           q."speakerKind", q."speakerCountryId", q."speakerId" AS "personId", q."speakerOrganizationId",
           q.attribution, s."holderCountryId", s."dimensionId", s."positionId", s.strength, a."outletId"
      FROM "Stance" s
      JOIN "Quote" q ON q.id = s."quoteId"
      JOIN "Article" a ON a.id = q."articleId"
     WHERE s."deletedAt" IS NULL AND q."deletedAt" IS NULL AND a."deletedAt" IS NULL
       AND ((q.status = 'published' AND a.status = 'published') OR q.status = 'in_review')
  ) v;

INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource";

CREATE INDEX "StanceRead_statedOn_stanceId_idx" ON "StanceRead" ("statedOn", "stanceId");
CREATE INDEX "StanceRead_published_statedOn_stanceId_idx" ON "StanceRead" ("statedOn", "stanceId") WHERE "published";
CREATE INDEX "StanceRead_holderCountryId_dimensionId_statedOn_idx" ON "StanceRead" ("holderCountryId", "dimensionId", "statedOn", "stanceId");
CREATE INDEX "StanceRead_personId_statedOn_idx" ON "StanceRead" ("personId", "statedOn", "stanceId");
CREATE INDEX "StanceRead_quoteId_idx" ON "StanceRead" ("quoteId");
CREATE INDEX "StanceRead_articleId_idx" ON "StanceRead" ("articleId");
CREATE INDEX "StanceRead_statementId_idx" ON "StanceRead" ("statementId");


-- Replaces every row of the given statements with what StanceReadSource says now.
CREATE FUNCTION "stance_read_refresh"(statements integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF statements IS NULL OR cardinality(statements) = 0 THEN RETURN; END IF;
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" WHERE "statementId" = ANY (statements);
  INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource" WHERE "statementId" = ANY (statements);
END $$;

CREATE FUNCTION "stance_read_stance_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId" FROM new_rows n JOIN "Quote" q ON q.id = n."quoteId"));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_stance_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT q."statementId" FROM new_rows n JOIN "Quote" q ON q.id = n."quoteId"
    UNION SELECT q."statementId" FROM old_rows o JOIN "Quote" q ON q.id = o."quoteId"
    UNION SELECT r."statementId" FROM old_rows o JOIN "StanceRead" r ON r."stanceId" = o.id));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_stance_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT r."statementId" FROM old_rows o JOIN "StanceRead" r ON r."stanceId" = o.id));
  RETURN NULL;
END $$;

-- A quote's statements change when a column StanceRead copies, its visibility or its statement changes.
CREATE FUNCTION "stance_read_quote_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT unnest(ARRAY[n."statementId", o."statementId"])
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.status, n."deletedAt", n."articleId", n."statementId", n."statedOn", n."statedOnPrecision",
            n."speakerKind", n."speakerCountryId", n."speakerId", n."speakerOrganizationId", n.attribution)
           IS DISTINCT FROM
           (o.status, o."deletedAt", o."articleId", o."statementId", o."statedOn", o."statedOnPrecision",
            o."speakerKind", o."speakerCountryId", o."speakerId", o."speakerOrganizationId", o.attribution)));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_quote_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(SELECT DISTINCT o."statementId" FROM old_rows o));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_article_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."articleId" = n.id
     WHERE (n.status, n."deletedAt", n."publishedOn", n."outletId")
           IS DISTINCT FROM (o.status, o."deletedAt", o."publishedOn", o."outletId")));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_article_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT r."statementId" FROM old_rows o JOIN "StanceRead" r ON r."articleId" = o.id));
  RETURN NULL;
END $$;

CREATE TRIGGER "stance_read_stance_insert" AFTER INSERT ON "Stance" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_stance_insert"();
CREATE TRIGGER "stance_read_stance_update" AFTER UPDATE ON "Stance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_stance_update"();
CREATE TRIGGER "stance_read_stance_delete" AFTER DELETE ON "Stance" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_stance_delete"();
CREATE TRIGGER "stance_read_quote_update" AFTER UPDATE ON "Quote" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_quote_update"();
CREATE TRIGGER "stance_read_quote_delete" AFTER DELETE ON "Quote" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_quote_delete"();
CREATE TRIGGER "stance_read_article_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_article_update"();
CREATE TRIGGER "stance_read_article_delete" AFTER DELETE ON "Article" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_article_delete"();

-- StanceReadCount as before (migration 20261124233000_stance_read_counts), with two more sums: "statements", the
-- rows that lead their statement among rows visible with a token, and "publishedStatements", among published rows.
-- Anonymous statement counts sum "publishedStatements"; token counts sum "statements"; "n" still counts stances.
CREATE TABLE "StanceReadCount" (
    "published" BOOLEAN NOT NULL,
    "holderCountryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "attribution" "AttributionKind" NOT NULL,
    "year" SMALLINT NOT NULL,
    "speakerCountryId" INTEGER,
    "n" BIGINT NOT NULL,
    "statements" BIGINT NOT NULL,
    "publishedStatements" BIGINT NOT NULL,
    CONSTRAINT "StanceReadCount_key" UNIQUE NULLS NOT DISTINCT
      ("published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId")
);

INSERT INTO "StanceReadCount"
SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId",
       count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished")
  FROM "StanceRead"
 GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId";

CREATE FUNCTION "stance_read_count_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StanceReadCount" AS c
  SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId",
         count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished")
    FROM new_rows
   GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId"
  ON CONFLICT ON CONSTRAINT "StanceReadCount_key" DO UPDATE
     SET "n" = c."n" + EXCLUDED."n", "statements" = c."statements" + EXCLUDED."statements",
         "publishedStatements" = c."publishedStatements" + EXCLUDED."publishedStatements";
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_count_subtract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StanceReadCount" c
     SET "n" = c."n" - o."n", "statements" = c."statements" - o."statements",
         "publishedStatements" = c."publishedStatements" - o."publishedStatements"
    FROM (SELECT "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId",
                 count(*) AS "n", count(*) FILTER (WHERE "leadVisible") AS "statements",
                 count(*) FILTER (WHERE "leadPublished") AS "publishedStatements"
            FROM old_rows
           GROUP BY "published", "holderCountryId", "dimensionId", "positionId", "attribution", "year", "speakerCountryId") o
   WHERE c."published" = o."published" AND c."holderCountryId" = o."holderCountryId" AND c."dimensionId" = o."dimensionId"
     AND c."positionId" = o."positionId" AND c."attribution" = o."attribution" AND c."year" = o."year"
     AND c."speakerCountryId" IS NOT DISTINCT FROM o."speakerCountryId";
  DELETE FROM "StanceReadCount" WHERE "n" = 0;
  RETURN NULL;
END $$;

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
