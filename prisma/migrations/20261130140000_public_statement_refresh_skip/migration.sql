-- manual
-- public_statement_refresh (migrations 20261130123000_public_statement_counts, 20261130130500_public_statement_bulk_refresh)
-- as before, skipping the statements whose refresh cannot change anything (issue #14): a statement with no keys yet
-- and no published quote in a published, undeleted article has no keys before and none after, so refreshing it would
-- only delete nothing, plan the keys' view for nothing and insert nothing. Every save of a draft, a submission and a
-- return is such a write; they spent 8–16 ms per statement in this refresh (bench:annotate -- --statements).
-- The test runs after the lock, as its own statement: under READ COMMITTED it sees what a concurrent writer committed
-- before it released the lock (a quote published meanwhile), as the refresh itself does, so counts stay exact.
CREATE OR REPLACE FUNCTION "public_statement_refresh"(refreshed integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nestloop text := current_setting('enable_nestloop');
BEGIN
  IF refreshed IS NULL OR cardinality(refreshed) = 0 THEN RETURN; END IF;
  PERFORM "stance_read_lock"();
  -- A bulk write keeps its one set-based pass: filtering a million statements first would cost what it saves.
  IF cardinality(refreshed) < 1000 THEN
    refreshed := ARRAY(
      SELECT r.id FROM unnest(refreshed) AS r(id)
       WHERE EXISTS (SELECT 1 FROM "PublicStatementKey" k WHERE k."statementId" = r.id)
          OR EXISTS (SELECT 1 FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
                      WHERE q."statementId" = r.id AND q.status = 'published' AND q."deletedAt" IS NULL
                        AND a.status = 'published' AND a."deletedAt" IS NULL));
    IF cardinality(refreshed) = 0 THEN RETURN; END IF;
  END IF;
  -- A bulk write (a thousand statements or more: an import, `npm run db:synth`) is planned with hash joins: its
  -- tables are often not analyzed since they filled, and nested loops over tables the planner thinks empty grew
  -- with the square of the batch (50,000 synthetic quotes: 100 s). One statement's refresh keeps its index lookups.
  IF cardinality(refreshed) >= 1000 THEN PERFORM set_config('enable_nestloop', 'off', true); END IF;
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
  PERFORM set_config('enable_nestloop', nestloop, true);
  DELETE FROM "PublicStatementCount" WHERE "statements" = 0;
END $$;
