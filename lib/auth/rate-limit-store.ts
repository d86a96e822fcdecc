// Rate-limit counters in PostgreSQL (rate-limiter-flexible's PostgreSQL store), so every app instance counts
// against the same numbers and a restart clears nothing. One small table, `rate_limit` (key, points, expire),
// created by the library on first use and swept of expired rows by it; it holds only transient counters, so
// backups leave it out (lib/database/backup.ts). Should the table be unreachable, each limiter falls back to
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

const holder = globalThis as { __rateLimitPool?: pg.Pool; __rateLimiters?: Map<string, Promise<RateLimiterPostgres>> };

export function postgresLimiter(options: LimiterOptions): Promise<RateLimiterPostgres> {
  const limiters = (holder.__rateLimiters ??= new Map());
  const key = JSON.stringify(options);
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = create(options);
    limiters.set(key, limiter);
    // A failed start (database down) is not kept: the next request tries again.
    limiter.catch(() => limiters.delete(key));
  }
  return limiter;
}

function create(options: LimiterOptions): Promise<RateLimiterPostgres> {
  // A pool of its own, small: a limiter's query is one upsert, and it must not wait behind the app's pool.
  if (!holder.__rateLimitPool) {
    holder.__rateLimitPool = new pg.Pool({ connectionString: env().databaseUrl, max: 3 });
    // An idle connection dropped by a restarting server is replaced on the next query, not a crash.
    holder.__rateLimitPool.on("error", () => {});
  }
  const pool = holder.__rateLimitPool;
  return new Promise((resolve, reject) => {
    const store: IRateLimiterStoreOptions = {
      ...options,
      storeClient: pool,
      tableName: RATE_LIMIT_TABLE,
      insuranceLimiter: new RateLimiterMemory(options),
    };
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(store, (error?: Error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}
