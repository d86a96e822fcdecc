-- manual
-- The table of rate-limiter-flexible's PostgreSQL store (lib/auth/rate-limit-store.ts): sign-in and API counters and
-- the per-account delay, shared by every app instance. The library used to create it on first use; made here so it
-- is part of every fresh database, backup and restore. Exactly the library's own definition, and IF NOT EXISTS
-- because databases that ran an earlier version already have the table the library made.
CREATE TABLE IF NOT EXISTS "rate_limit" (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
