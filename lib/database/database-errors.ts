// Database failures that are not bugs, as the AppError the entry wrappers (lib/http.ts, lib/actions.ts) answer with
// instead of a bare 500: 503 with Retry-After on the API, a form message in server actions.
import "server-only";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailableError, noteDatabaseError, RETRY_AFTER_SECONDS } from "./availability";

export function appErrorFromDatabase(error: unknown): AppError | null {
  if (isDatabaseUnavailableError(error)) {
    noteDatabaseError(error);
    return new AppError(
      "UNAVAILABLE",
      `The database is not answering, so nothing was saved or read. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
  const code = prismaCode(error);
  if (code === "P2028" || code === "P2034")
    // The transaction ran out of time (the server is very busy) or lost a serialization race: nothing was kept.
    return new AppError(
      "UNAVAILABLE",
      "The server was too busy to finish saving in time; nothing was saved. Save again.",
      {
        retryAfterSeconds: 2,
      },
    );
  if (code === "22021" || code === "22P05")
    // Text the database cannot store; lib/validation.ts refuses it earlier for every parsed input.
    return new AppError("INVALID_INPUT", "The text contains a character that cannot be stored (a NUL byte).");
  return null;
}

/** Prisma's own code (P…), or the SQLSTATE PostgreSQL gave through the driver adapter. */
function prismaCode(error: unknown): string | undefined {
  const { code, meta } = (error ?? {}) as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  return meta?.driverAdapterError?.cause?.originalCode ?? code;
}
