// Bulk reads that PostgreSQL writes itself: one `COPY (query) TO STDOUT` on a connection of its own, its bytes
// passed on as they arrive (pg-copy-streams). No row becomes a JavaScript object, so a million-row export costs
// this process little more than the network copy, and memory stays flat: the stream is pulled, and PostgreSQL
// is read only as fast as the client takes the bytes.
//
// COPY takes no bind parameters, so the query's values are written into its text as literals (`inlineSql`,
// quoted by the driver's escapeLiteral). A failure midway (the server stopped, the connection dropped) errors the
// stream: the HTTP response is then aborted, never ended as if the file were whole.
import "server-only";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { env } from "@/lib/env";
import { noteDatabaseError } from "@/lib/database/availability";
import type { Prisma } from "@/lib/generated/prisma/client";

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

/**
 * Exports are few and long: a small pool of their own, apart from Prisma's, so they never starve page reads; on
 * DATABASE_REPLICA_URL when one is set, so they do not load the primary either.
 */
function pool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    const { DATABASE_REPLICA_URL, databaseUrl } = env();
    const url = DATABASE_REPLICA_URL ?? databaseUrl;
    const created = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000 });
    created.on("error", noteDatabaseError);
    globalForCopy.copyPool = created;
  }
  return globalForCopy.copyPool;
}

/** Closes the exports' connections (tests, before their database is dropped). */
export async function closeCopyPool(): Promise<void> {
  const open = globalForCopy.copyPool;
  globalForCopy.copyPool = undefined;
  await open?.end();
}

/** A Prisma.Sql with its values written in as SQL literals, for statements that take no parameters (COPY). */
export function inlineSql(query: Prisma.Sql): string {
  return query.strings.reduce((text, part, i) => text + literal(query.values[i - 1]) + part);
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} into SQL.`);
    return String(value);
  }
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (Array.isArray(value)) return `${pg.escapeLiteral(`{${value.map((item) => literalInArray(item)).join(",")}}`)}`;
  throw new Error(`Cannot write a ${typeof value} into SQL.`);
}

function literalInArray(value: unknown): string {
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  throw new Error("Only arrays of integers are written into SQL.");
}

export interface CopyOut {
  /** The bytes PostgreSQL writes, pulled as the reader takes them. */
  stream: ReadableStream<Uint8Array>;
  /** Rows written so far (COPY's count once it has ended). */
  rows(): number;
}

/**
 * Runs `COPY (…) TO STDOUT …` and streams what it writes. Resolves once the connection is taken; the query's own
 * errors arrive through the stream. Cancelling the stream (the client went away) closes the connection, which
 * stops the COPY in PostgreSQL.
 */
export async function copyOut(copySql: string): Promise<CopyOut> {
  const client = await pool().connect();
  const source = client.query(copyTo(copySql));
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    // A connection whose COPY did not end is closed, not returned: it may still be sending rows.
    client.release(error ?? false);
  };
  source.on("end", () => release());
  source.on("error", (error) => {
    noteDatabaseError(error);
    release(error);
  });
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } catch (error) {
        release(error as Error);
        throw error;
      }
    },
    async cancel() {
      release(new Error("The export was cancelled."));
      source.destroy();
    },
  });
  return { stream, rows: () => source.rowCount };
}
