-- manual
-- public_statement_refresh (migration 20261130123000_public_statement_counts) as before, with hash joins for bulk
-- writes: `npm run db:synth -- --quotes 50000` spent 100 s in its quote insert (5,000: 2.7 s), the refresh of all
-- new statements planned as nested loops over tables not analyzed since they filled.
CREATE OR REPLACE FUNCTION "public_statement_refresh"(refreshed integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nestloop text := current_setting('enable_nestloop');
BEGIN
  IF refreshed IS NULL OR cardinality(refreshed) = 0 THEN RETURN; END IF;
  PERFORM "stance_read_lock"();
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
