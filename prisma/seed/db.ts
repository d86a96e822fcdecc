// What every seed builder shares: the client type it accepts and how it groups its writes.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** A builder accepts the app's client or a transaction client, so tests can nest builders in their own transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Runs `work` in a transaction. Inside a caller's transaction it simply joins it: Prisma has no nested
 * transactions, and the caller's one already makes the whole batch atomic.
 */
export function inTransaction<T>(
  db: Db,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return "$transaction" in db ? db.$transaction(work, options) : work(db);
}
