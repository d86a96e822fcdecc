// Rate-limit counters in PostgreSQL (rate-limiter-flexible's PostgreSQL store), so every app instance counts
// against the same numbers and a restart clears nothing. One small table, `rate_limit` (key, points, expire),
// made by a migration (prisma/migrations/…_rate_limit_table, the library's own definition) so that fresh databases,
// backups and restores have it; the library is told not to create it and sweeps its expired rows. Should the table be unreachable, each limiter falls back to
// counting in this process's memory (the insurance limiter) rather than letting every attempt through.
import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type IRateLimiterStoreOptions } from "rate-limiter-flexible";
import { env } from "@/lib/env";

export const RATE_LIMIT_TABLE = "rate_limit";

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

const holder = globalThis as { __rateLimitPool?: pg.Pool; __rateLimiters?: Map<string, RateLimiterPostgres> };

/** A promise for the callers' sake (a limiter used to wait for its table); the table now comes from a migration. */
export async function postgresLimiter(options: LimiterOptions): Promise<RateLimiterPostgres> {
  const limiters = (holder.__rateLimiters ??= new Map());
  const key = JSON.stringify(options);
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = create(options);
    limiters.set(key, limiter);
  }
  return limiter;
}

function create(options: LimiterOptions): RateLimiterPostgres {
  // A pool of its own, small: a limiter's query is one upsert, and it must not wait behind the app's pool.
  if (!holder.__rateLimitPool) {
    // Its commits need not wait for the disk: a counter lives a minute, and a crash of PostgreSQL that loses its
    // last fraction of a second of counts lets a few requests more through, never fewer.
    holder.__rateLimitPool = new pg.Pool({
      connectionString: env().databaseUrl,
      max: 3,
      options: "-c synchronous_commit=off",
    });
    // An idle connection dropped by a restarting server is replaced on the next query, not a crash.
    holder.__rateLimitPool.on("error", () => {});
  }
  const store: IRateLimiterStoreOptions = {
    ...options,
    storeClient: holder.__rateLimitPool,
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  };
  return new RateLimiterPostgres(store);
}
