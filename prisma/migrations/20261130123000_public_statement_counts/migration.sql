-- manual
-- Public statement counts kept by triggers (issue #13; docs/decisions/009-reads-at-a-million.md), so that the first
-- render of the home timeline, a country page's totals, a person's and a position's totals, /people and the
-- explorer's people menu read a few rows instead of a pass over every published quote.
--
-- What they count is what the public pages said before, exactly: published statements (coding rule 9: a statement
-- counts once however many published reports it has), a quote being published when it and its article are
-- published and neither is deleted, its stances counting when not deleted. Per statement, "PublicStatementKey" holds
-- the keys it counts under (each at most once); "PublicStatementCount" holds, per key, how many statements have it.
-- Kinds of key ("keyId" is a Country, Person or Position id; "month" is set for speakerCountryMonth only):
--   speakerCountry       a country's own statements: a published report has this speaker's country, not an analyst's
--   speakerCountryMonth  the same per month of statedOn (the home timeline)
--   about                statements by others coding a stance the country holds: a non-analyst published report
--                        whose speaker's country is not the holder, with a live stance of that holder
--   commentary           analysts' published reports with a live stance of that holder (rule 7: never the country's)
--   person               statements with a published report by this person (a person is public when > 0)
--   position             statements with a published report coded with this position
-- Like StanceRead, nothing in the app writes these tables: the triggers below refresh whole statements (their keys
-- recomputed from the source tables, the counts moved by the difference) under StanceRead's advisory lock, in the
-- same transaction as every write, whichever code path makes it.

CREATE TABLE "PublicStatementKey" (
    "statementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "keyId" INTEGER NOT NULL,
    "month" DATE,
    CONSTRAINT "PublicStatementKey_key" UNIQUE NULLS NOT DISTINCT ("statementId", "kind", "keyId", "month")
);

CREATE TABLE "PublicStatementCount" (
    "kind" TEXT NOT NULL CHECK ("kind" IN
      ('speakerCountry', 'speakerCountryMonth', 'about', 'commentary', 'person', 'position')),
    "keyId" INTEGER NOT NULL,
    "month" DATE,
    "statements" BIGINT NOT NULL,
    CONSTRAINT "PublicStatementCount_key" UNIQUE NULLS NOT DISTINCT ("kind", "keyId", "month"),
    CONSTRAINT "PublicStatementCount_month_check" CHECK (("kind" = 'speakerCountryMonth') = ("month" IS NOT NULL))
);

-- The keys of every statement, computed from the source tables; the refresh filters it by statementId, which
-- PostgreSQL pushes into each branch (Quote_statementId_idx).
CREATE VIEW "PublicStatementKeySource" AS
SELECT DISTINCT k."statementId", k."kind", k."keyId", k."month"
  FROM (
    SELECT q."statementId", 'speakerCountry' AS "kind", q."speakerCountryId" AS "keyId", NULL::date AS "month"
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
       AND q."speakerCountryId" IS NOT NULL AND q.attribution <> 'analyst'
    UNION ALL
    SELECT q."statementId", 'speakerCountryMonth', q."speakerCountryId", date_trunc('month', q."statedOn")::date
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
       AND q."speakerCountryId" IS NOT NULL AND q.attribution <> 'analyst'
    UNION ALL
    SELECT q."statementId", 'person', q."speakerId", NULL
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
       AND q."speakerId" IS NOT NULL
    UNION ALL
    SELECT q."statementId", CASE WHEN q.attribution = 'analyst' THEN 'commentary' ELSE 'about' END, s."holderCountryId", NULL
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" JOIN "Stance" s ON s."quoteId" = q.id
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
       AND s."deletedAt" IS NULL
       AND (q.attribution = 'analyst' OR q."speakerCountryId" IS DISTINCT FROM s."holderCountryId")
    UNION ALL
    SELECT q."statementId", 'position', s."positionId", NULL
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" JOIN "Stance" s ON s."quoteId" = q.id
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
       AND s."deletedAt" IS NULL
  ) k;

INSERT INTO "PublicStatementKey" SELECT * FROM "PublicStatementKeySource";
INSERT INTO "PublicStatementCount"
SELECT "kind", "keyId", "month", count(*) FROM "PublicStatementKey" GROUP BY "kind", "keyId", "month";

-- The refresh finds a statement's keys by statementId (the unique constraint's index); the emptied counts it
-- deletes through this small partial index.
CREATE INDEX "PublicStatementCount_empty_idx" ON "PublicStatementCount" ("kind") WHERE "statements" = 0;

-- Replaces the keys of the given statements with what PublicStatementKeySource says now, moving the counts by the
-- difference.
CREATE FUNCTION "public_statement_refresh"(refreshed integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF refreshed IS NULL OR cardinality(refreshed) = 0 THEN RETURN; END IF;
  PERFORM "stance_read_lock"();
  WITH gone AS (
    DELETE FROM "PublicStatementKey" WHERE "statementId" = ANY (refreshed)
    RETURNING "kind", "keyId", "month"
  ), counted AS (
    SELECT "kind", "keyId", "month", count(*) AS n FROM gone GROUP BY "kind", "keyId", "month"
  )
  UPDATE "PublicStatementCount" c SET "statements" = c."statements" - counted.n
    FROM counted
   WHERE c."kind" = counted."kind" AND c."keyId" = counted."keyId" AND c."month" IS NOT DISTINCT FROM counted."month";
  -- Planned for this call's array (EXECUTE … USING): `= ANY` reaches into each branch of the view, so a few
  -- statements cost a few index lookups, and a bulk import's million a pass with a hashed filter. (A semi-join on
  -- unnest() would not be pushed into the view: every refresh would compute it whole, 10 s at a million quotes.)
  EXECUTE $sql$
    WITH added AS (
      INSERT INTO "PublicStatementKey"
      SELECT * FROM "PublicStatementKeySource" WHERE "statementId" = ANY ($1)
      RETURNING "kind", "keyId", "month"
    )
    INSERT INTO "PublicStatementCount" AS c
    SELECT "kind", "keyId", "month", count(*) FROM added GROUP BY "kind", "keyId", "month"
    ON CONFLICT ON CONSTRAINT "PublicStatementCount_key" DO UPDATE SET "statements" = c."statements" + EXCLUDED."statements"
  $sql$ USING refreshed;
  DELETE FROM "PublicStatementCount" WHERE "statements" = 0;
END $$;

CREATE FUNCTION "public_statement_quote_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(SELECT DISTINCT n."statementId" FROM new_rows n));
  RETURN NULL;
END $$;

-- Only the columns the keys read: a save that changes a quote's text or coding notes refreshes nothing.
CREATE FUNCTION "public_statement_quote_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(
    SELECT unnest(ARRAY[n."statementId", o."statementId"])
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.status, n."deletedAt", n."articleId", n."statementId", n."statedOn", n."speakerCountryId", n."speakerId",
            n.attribution)
           IS DISTINCT FROM
           (o.status, o."deletedAt", o."articleId", o."statementId", o."statedOn", o."speakerCountryId", o."speakerId",
            o.attribution)));
  RETURN NULL;
END $$;

CREATE FUNCTION "public_statement_quote_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(SELECT DISTINCT o."statementId" FROM old_rows o));
  RETURN NULL;
END $$;

CREATE FUNCTION "public_statement_article_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."articleId" = n.id
     WHERE (n.status, n."deletedAt") IS DISTINCT FROM (o.status, o."deletedAt")));
  RETURN NULL;
END $$;

CREATE FUNCTION "public_statement_stance_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(
    SELECT DISTINCT q."statementId" FROM new_rows n JOIN "Quote" q ON q.id = n."quoteId"));
  RETURN NULL;
END $$;

CREATE FUNCTION "public_statement_stance_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(
    SELECT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q.id IN (n."quoteId", o."quoteId")
     WHERE (n."deletedAt", n."quoteId", n."holderCountryId", n."positionId")
           IS DISTINCT FROM (o."deletedAt", o."quoteId", o."holderCountryId", o."positionId")));
  RETURN NULL;
END $$;

CREATE FUNCTION "public_statement_stance_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_statement_refresh"(ARRAY(
    SELECT DISTINCT q."statementId" FROM old_rows o JOIN "Quote" q ON q.id = o."quoteId"));
  RETURN NULL;
END $$;

-- Statement-level with transition tables, as StanceRead's: a bulk import costs one set-based refresh. Deleting an
-- article needs nothing of its own (its quotes go first, through the quote trigger).
CREATE TRIGGER "public_statement_quote_insert" AFTER INSERT ON "Quote" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_quote_insert"();
CREATE TRIGGER "public_statement_quote_update" AFTER UPDATE ON "Quote" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_quote_update"();
CREATE TRIGGER "public_statement_quote_delete" AFTER DELETE ON "Quote" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_quote_delete"();
CREATE TRIGGER "public_statement_article_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_article_update"();
CREATE TRIGGER "public_statement_stance_insert" AFTER INSERT ON "Stance" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_stance_insert"();
CREATE TRIGGER "public_statement_stance_update" AFTER UPDATE ON "Stance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_stance_update"();
CREATE TRIGGER "public_statement_stance_delete" AFTER DELETE ON "Stance" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "public_statement_stance_delete"();

ANALYZE "PublicStatementKey";
ANALYZE "PublicStatementCount";
