// Whether the app's database answers, as this process last saw it. A query that fails because the server is
// unreachable (stopped, restarting, killed) starts a probe; while the probe cannot connect the database counts as
// down, and proxy.ts answers every request with 503 and Retry-After instead of letting pages fail one by one. The
// probe keeps trying every second and clears the state as soon as the server answers again: the connection pool
// opens fresh connections on its own, so the app is back without a restart.
//
import { env } from "@/lib/env";
import { availabilityState } from "./availability-state";

export { RETRY_AFTER_SECONDS } from "./availability-state";
const PROBE_INTERVAL_MS = 1_000;
const state = availabilityState();

/** Driver failures that mean "no server to talk to", as opposed to a query the server refused. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, meta, message, cause } = current as {
      code?: string;
      meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
      message?: string;
      cause?: unknown;
    };
    const adapter = meta?.driverAdapterError?.cause;
    if (adapter?.kind && UNREACHABLE_KINDS.has(adapter.kind)) return true;
    if (adapter?.originalCode && isUnavailableSqlState(adapter.originalCode)) return true;
    if (code && (UNREACHABLE_CODES.has(code) || isUnavailableSqlState(code))) return true;
    if (message && /Connection terminated|Can't reach database server|server closed the connection/i.test(message))
      return true;
    current = cause;
  }
  return false;
}

/** Called wherever a database error surfaces: an unreachable server starts the probe. */
export function noteDatabaseError(error: unknown): void {
  if (isDatabaseUnavailableError(error)) startProbe();
}
// cache-handler.mjs (plain JavaScript, loaded by Next.js itself) reports its LISTEN session's failures here: a
// renewal refused because the server is shutting down is often the first sign of a smart shutdown.
(globalThis as { __stanceDatabaseError?: (error: unknown) => void }).__stanceDatabaseError = noteDatabaseError;

// Prisma's codes for "cannot reach", "timed out reaching", "connection closed"; node's socket errors.
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// SQLSTATE 57P01–57P03: the server is shutting down or starting up; class 08: connection exceptions.
const isUnavailableSqlState = (code: string) => /^57P0[123]$/.test(code) || /^08[0-9A-Z]{3}$/.test(code);

function startProbe(): void {
  if (state.probing) return;
  state.probing = true;
  void (async () => {
    while (!(await answers())) {
      if (!state.down) console.warn("The database is not answering: requests get 503 until it is back.");
      state.down = true;
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
    }
    if (state.down) console.warn("The database answers again.");
    state.down = false;
    state.probing = false;
  })();
}

async function answers(): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: env().databaseUrl, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {}); // a server going away mid-probe is an answer, not a crash
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
