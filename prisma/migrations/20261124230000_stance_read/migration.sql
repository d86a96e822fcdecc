-- manual
-- "StanceRead": one row per stance that anybody outside the editors' workspace may see (the stance, its quote and
-- its article not deleted; the quote and article published, or the quote in review), with the columns the
-- explorer, the read API and the exports filter, sort and count on. It is what makes those reads fast at a million
-- stances (docs/decisions/008-stance-read-performance.md): counts and facets group small integer columns of one
-- narrow table instead of joining Stance ⋈ Quote ⋈ Article, and the keyset order (statedOn, stanceId) has indexes.
-- It is not a Prisma model on purpose: nothing in the app writes it. The triggers below keep it in step with
-- Stance, Quote and Article in the same transaction as every write, whichever code path makes it.
-- The visibility rule repeats visibleQuoteSql of lib/stances/criteria.ts; `published` = visible without a token.

CREATE TABLE "StanceRead" (
    "stanceId" INTEGER NOT NULL,
    "quoteId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL,
    "statedOn" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "speakerCountryId" INTEGER,
    "personId" INTEGER,
    "attribution" "AttributionKind" NOT NULL,
    "holderCountryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "outletId" INTEGER,
    CONSTRAINT "StanceRead_pkey" PRIMARY KEY ("stanceId")
);

-- The rows of StanceRead, computed from the source tables; every trigger below inserts from here.
CREATE VIEW "StanceReadSource" AS
SELECT s.id AS "stanceId", q.id AS "quoteId", a.id AS "articleId",
       (q.status = 'published' AND a.status = 'published') AS "published",
       q."statedOn", extract(year FROM q."statedOn")::smallint AS "year", a."publishedOn",
       q."speakerCountryId", q."speakerId" AS "personId", q.attribution,
       s."holderCountryId", s."dimensionId", s."positionId", a."outletId"
  FROM "Stance" s
  JOIN "Quote" q ON q.id = s."quoteId"
  JOIN "Article" a ON a.id = q."articleId"
 WHERE s."deletedAt" IS NULL AND q."deletedAt" IS NULL AND a."deletedAt" IS NULL
   AND ((q.status = 'published' AND a.status = 'published') OR q.status = 'in_review');

INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource";

-- Keyset order of every list and export: newest statement first. The partial copy serves anonymous readers.
CREATE INDEX "StanceRead_statedOn_stanceId_idx" ON "StanceRead" ("statedOn", "stanceId");
CREATE INDEX "StanceRead_published_statedOn_stanceId_idx" ON "StanceRead" ("statedOn", "stanceId") WHERE "published";
-- The filters selective enough that walking the date order would read too far: a country (with a dimension), a person.
CREATE INDEX "StanceRead_holderCountryId_dimensionId_statedOn_idx" ON "StanceRead" ("holderCountryId", "dimensionId", "statedOn", "stanceId");
CREATE INDEX "StanceRead_personId_statedOn_idx" ON "StanceRead" ("personId", "statedOn", "stanceId");
-- Maintenance: the triggers replace the rows of a quote or an article.
CREATE INDEX "StanceRead_quoteId_idx" ON "StanceRead" ("quoteId");
CREATE INDEX "StanceRead_articleId_idx" ON "StanceRead" ("articleId");

-- Concurrent writers: each refresh takes one transaction-level advisory lock, so two transactions changing, say, an
-- article and one of its quotes refresh one after the other, the second seeing the first's committed rows (every
-- statement of a trigger takes a fresh snapshot under READ COMMITTED, the isolation level the app uses).
CREATE FUNCTION "stance_read_lock"() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(7007007) $$;

CREATE FUNCTION "stance_read_stance_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_lock"();
  INSERT INTO "StanceRead" SELECT v.* FROM "StanceReadSource" v JOIN new_rows n ON n.id = v."stanceId"
    ON CONFLICT ("stanceId") DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_stance_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" r USING old_rows o WHERE r."stanceId" = o.id;
  DELETE FROM "StanceRead" r USING new_rows n WHERE r."stanceId" = n.id;
  INSERT INTO "StanceRead" SELECT v.* FROM "StanceReadSource" v JOIN new_rows n ON n.id = v."stanceId";
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_stance_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" r USING old_rows o WHERE r."stanceId" = o.id;
  RETURN NULL;
END $$;

-- A quote's rows change when a column StanceRead copies, or its visibility, changes.
CREATE FUNCTION "stance_read_quote_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  SELECT array_agg(n.id) INTO changed
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE (n.status, n."deletedAt", n."articleId", n."statedOn", n."speakerCountryId", n."speakerId", n.attribution)
         IS DISTINCT FROM (o.status, o."deletedAt", o."articleId", o."statedOn", o."speakerCountryId", o."speakerId", o.attribution);
  IF changed IS NULL THEN RETURN NULL; END IF;
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" WHERE "quoteId" = ANY (changed);
  INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource" WHERE "quoteId" = ANY (changed);
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_quote_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" r USING old_rows o WHERE r."quoteId" = o.id;
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_article_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  SELECT array_agg(n.id) INTO changed
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE (n.status, n."deletedAt", n."publishedOn", n."outletId") IS DISTINCT FROM (o.status, o."deletedAt", o."publishedOn", o."outletId");
  IF changed IS NULL THEN RETURN NULL; END IF;
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" WHERE "articleId" = ANY (changed);
  INSERT INTO "StanceRead" SELECT * FROM "StanceReadSource" WHERE "articleId" = ANY (changed);
  RETURN NULL;
END $$;

CREATE FUNCTION "stance_read_article_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_lock"();
  DELETE FROM "StanceRead" r USING old_rows o WHERE r."articleId" = o.id;
  RETURN NULL;
END $$;

-- Statement-level with transition tables, so a bulk import or the synthetic data costs one set-based statement.
-- (Inserting a quote or an article needs nothing: it has no stances yet. TRUNCATE is not used by the app.)
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
