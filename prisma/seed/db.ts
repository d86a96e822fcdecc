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

/**
 * A calendar day for a `@db.Date` column. Dates are written as "YYYY-MM-DD" in the data files and become
 * UTC midnight here, so the stored day never shifts with the time zone of the machine running the seed.
 */
export function day(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Expected a date as YYYY-MM-DD, got "${isoDate}".`);
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`"${isoDate}" is not a calendar date.`);
  }
  return date;
}

/** "YYYY-MM-DD" of a `@db.Date` value, for messages. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
