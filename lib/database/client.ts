// Builds a Prisma client for a connection string. The app uses the one in lib/db.ts; scripts, the seed and
// the tests build their own with this, because they run outside Next.js and choose their database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) failed saves under load on a busy
 * machine: a save waits for one of the pool's ten connections while readers hold them, and a starved CPU stretches
 * a 50 ms transaction to seconds. A save's transaction is a few small statements, so waiting longer costs nothing
 * but time; when even this runs out the editor is told to save again (lib/database/database-errors.ts). Larger
 * writes (bulk import, body correction) pass their own timeouts.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/** `onConnectionLost`: a pooled connection failed outside any query (the server shut down or was killed). */
export function createPrismaClient(
  connectionString: string,
  options: { onConnectionLost?: (error: Error) => void } = {},
): PrismaClient {
  const onError = options.onConnectionLost;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }, onError ? { onPoolError: onError, onConnectionError: onError } : {}),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

export type { PrismaClient };
