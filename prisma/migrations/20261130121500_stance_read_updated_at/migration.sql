-- manual
-- Incremental sync of stances (issue #11): `updatedSince` on /api/v1/stances and the exports reads StanceRead."updatedAt",
-- and /api/v1/stances/removed reads StanceReadRemoval, the tombstones of rows that left a reader's view.
--
-- "updatedAt" is the latest change of anything the row's exported columns come from: its stance, quote and article,
-- and the speaking person, organization or outlet. It is computed by StanceReadSource, so a refresh that changes
-- nothing keeps it (the lead flags of a statement's other reports move without marking them). What the triggers
-- compare now covers every exported column: the quote's text, speaker label and "date reported"; the article's
-- title and address; and new triggers refresh a person's rows on a rename, a role change (its version bump), a
-- deletion or a merge, and an organization's or an outlet's rows on a rename.
--
-- StanceReadRemoval: "removedAt" when the row left StanceRead (no longer visible even with a token: a takedown, a
-- deletion, a return to draft), "unpublishedAt" when a published row stopped being published (left the anonymous
-- view; set with "removedAt" when it left both). A row that comes back loses the mark it no longer deserves.

CREATE OR REPLACE VIEW "StanceReadSource" AS
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
          ORDER BY v."quoteId", v."stanceId") = 1) AS "leadVisible",
       v."updatedAt"
  FROM (
    SELECT s.id AS "stanceId", q.id AS "quoteId", a.id AS "articleId", q."statementId",
           (q.status = 'published' AND a.status = 'published') AS "published",
           q."statedOn", q."statedOnPrecision", extract(year FROM q."statedOn")::smallint AS "year", a."publishedOn",
           q."speakerKind", q."speakerCountryId", q."speakerId" AS "personId", q."speakerOrganizationId",
           q.attribution, s."holderCountryId", s."dimensionId", s."positionId", s.strength, a."outletId",
           GREATEST(s."updatedAt", q."updatedAt", a."updatedAt", pe."updatedAt", org."updatedAt", o."updatedAt")
             AS "updatedAt"
      FROM "Stance" s
      JOIN "Quote" q ON q.id = s."quoteId"
      JOIN "Article" a ON a.id = q."articleId"
      LEFT JOIN "Person" pe ON pe.id = q."speakerId"
      LEFT JOIN "Organization" org ON org.id = q."speakerOrganizationId"
      LEFT JOIN "Outlet" o ON o.id = a."outletId"
     WHERE s."deletedAt" IS NULL AND q."deletedAt" IS NULL AND a."deletedAt" IS NULL
       AND ((q.status = 'published' AND a.status = 'published') OR q.status = 'in_review')
  ) v;

-- Backfilled without the count triggers: no counted column changes.
ALTER TABLE "StanceRead" ADD COLUMN "updatedAt" TIMESTAMP(3);
ALTER TABLE "StanceRead" DISABLE TRIGGER USER;
UPDATE "StanceRead" r
   SET "updatedAt" = GREATEST(s."updatedAt", q."updatedAt", a."updatedAt", pe."updatedAt", org."updatedAt", o."updatedAt")
  FROM "Stance" s
  JOIN "Quote" q ON q.id = s."quoteId"
  JOIN "Article" a ON a.id = q."articleId"
  LEFT JOIN "Person" pe ON pe.id = q."speakerId"
  LEFT JOIN "Organization" org ON org.id = q."speakerOrganizationId"
  LEFT JOIN "Outlet" o ON o.id = a."outletId"
 WHERE s.id = r."stanceId";
ALTER TABLE "StanceRead" ENABLE TRIGGER USER;
ALTER TABLE "StanceRead" ALTER COLUMN "updatedAt" SET NOT NULL;
-- `updatedSince`: the few rows changed since, then sorted into the page's (statedOn, stanceId) order.
CREATE INDEX "StanceRead_updatedAt_idx" ON "StanceRead" ("updatedAt");

CREATE TABLE "StanceReadRemoval" (
    "stanceId" INTEGER NOT NULL,
    "removedAt" TIMESTAMP(3),
    "unpublishedAt" TIMESTAMP(3),
    CONSTRAINT "StanceReadRemoval_pkey" PRIMARY KEY ("stanceId")
);
-- Key-paged by (time, stanceId) for each audience.
CREATE INDEX "StanceReadRemoval_removedAt_idx" ON "StanceReadRemoval" ("removedAt", "stanceId") WHERE "removedAt" IS NOT NULL;
CREATE INDEX "StanceReadRemoval_unpublishedAt_idx" ON "StanceReadRemoval" ("unpublishedAt", "stanceId") WHERE "unpublishedAt" IS NOT NULL;

-- Replaces every row of the given statements with what StanceReadSource says now, and marks what left a view.
-- The time is the database's clock in UTC, like the app's "updatedAt" columns.
CREATE OR REPLACE FUNCTION "stance_read_refresh"(statements integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  was_visible integer[];
  was_published integer[];
  moment timestamp(3) := clock_timestamp() AT TIME ZONE 'UTC';
BEGIN
  IF statements IS NULL OR cardinality(statements) = 0 THEN RETURN; END IF;
  PERFORM "stance_read_lock"();
  SELECT coalesce(array_agg("stanceId"), '{}'), coalesce(array_agg("stanceId") FILTER (WHERE "published"), '{}')
    INTO was_visible, was_published
    FROM "StanceRead" WHERE "statementId" = ANY (statements);
  DELETE FROM "StanceRead" WHERE "statementId" = ANY (statements);
  INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource" WHERE "statementId" = ANY (statements);
  IF cardinality(was_visible) > 0 THEN
    INSERT INTO "StanceReadRemoval" AS t ("stanceId", "removedAt", "unpublishedAt")
    SELECT b.id, CASE WHEN r."stanceId" IS NULL THEN moment END,
           CASE WHEN b.id = ANY (was_published) THEN moment END
      FROM unnest(was_visible) b(id)
      LEFT JOIN "StanceRead" r ON r."stanceId" = b.id
     WHERE r."stanceId" IS NULL OR (b.id = ANY (was_published) AND NOT r."published")
    ON CONFLICT ("stanceId") DO UPDATE
       SET "removedAt" = coalesce(EXCLUDED."removedAt", t."removedAt"),
           "unpublishedAt" = coalesce(EXCLUDED."unpublishedAt", t."unpublishedAt");
  END IF;
  DELETE FROM "StanceReadRemoval" t USING "StanceRead" r
   WHERE r."statementId" = ANY (statements) AND r."stanceId" = t."stanceId" AND (r."published" OR t."unpublishedAt" IS NULL);
  UPDATE "StanceReadRemoval" t SET "removedAt" = NULL FROM "StanceRead" r
   WHERE r."statementId" = ANY (statements) AND r."stanceId" = t."stanceId" AND t."removedAt" IS NOT NULL;
END $$;

CREATE OR REPLACE FUNCTION "stance_read_quote_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT unnest(ARRAY[n."statementId", o."statementId"])
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.status, n."deletedAt", n."articleId", n."statementId", n."statedOn", n."statedOnPrecision",
            n."speakerKind", n."speakerCountryId", n."speakerId", n."speakerOrganizationId", n.attribution,
            n."text", n."speakerLabel", n."statedOnReported")
           IS DISTINCT FROM
           (o.status, o."deletedAt", o."articleId", o."statementId", o."statedOn", o."statedOnPrecision",
            o."speakerKind", o."speakerCountryId", o."speakerId", o."speakerOrganizationId", o.attribution,
            o."text", o."speakerLabel", o."statedOnReported")));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "stance_read_article_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."articleId" = n.id
     WHERE (n.status, n."deletedAt", n."publishedOn", n."outletId", n.title, n.url)
           IS DISTINCT FROM (o.status, o."deletedAt", o."publishedOn", o."outletId", o.title, o.url)));
  RETURN NULL;
END $$;

-- A person's exported name and page address, and what a role change does to their version.
CREATE FUNCTION "stance_read_person_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."speakerId" = n.id
     WHERE (n.name, n.slug, n."deletedAt", n."mergedIntoId", n.version)
           IS DISTINCT FROM (o.name, o.slug, o."deletedAt", o."mergedIntoId", o.version)));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_organization_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."speakerOrganizationId" = n.id
     WHERE n.name IS DISTINCT FROM o.name));
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_outlet_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "Article" a ON a."outletId" = n.id JOIN "Quote" q ON q."articleId" = a.id
     WHERE n.name IS DISTINCT FROM o.name));
  RETURN NULL;
END $$;

CREATE TRIGGER "stance_read_person_update" AFTER UPDATE ON "Person" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_person_update"();
CREATE TRIGGER "stance_read_organization_update" AFTER UPDATE ON "Organization" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_organization_update"();
CREATE TRIGGER "stance_read_outlet_update" AFTER UPDATE ON "Outlet" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_outlet_update"();

ANALYZE "StanceRead";
